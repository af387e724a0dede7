/**
 * Storybook has no intake server: stories with a quote form deliver through `mq-submit` and show
 * a made-up reference, as a partner page that sends requests itself would.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

export const deliverInStory = (event: Event): void => {
  event.preventDefault();
  const form = event.target as HTMLElement & { showSuccess(reference: string): void };
  setTimeout(() => form.showSuccess('MQ-STORYBK1'), 800);
};

export const withStoryDelivery: Decorator = (story) => html`<div @mq-submit=${deliverInStory}>${story()}</div>`;
