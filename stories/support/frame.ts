/**
 * The host page around every story, set from Storybook's toolbar: its language (and direction),
 * light or dark, its font and the width of the container the elements sit in. A designer combines
 * them freely (Arabic + dark + 320 px). Stories that show one such state use the same frame.
 */
import type { Decorator } from '@storybook/web-components-vite';
import type { GlobalTypes } from 'storybook/internal/csf';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';

export const LANGUAGES = { en: 'English', es: 'Español', ar: 'العربية (right to left)' } as const;
export const THEMES = { story: 'As the story sets it', light: 'Light', dark: 'Dark', auto: 'Auto (the system setting)' } as const;
/** Local system fonts only: nothing is downloaded. */
export const FONTS = {
  sans: { title: 'Sans-serif (system UI)', stack: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif' },
  serif: { title: 'Serif (a magazine-style site)', stack: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif' },
  rounded: { title: 'Rounded (a friendly clinic site)', stack: 'ui-rounded, "SF Pro Rounded", "Hiragino Maru Gothic ProN", Quicksand, Comfortaa, Manjari, "Arial Rounded MT", "Arial Rounded MT Bold", Calibri, source-sans-pro, sans-serif' },
} as const;
export const WIDTHS = { full: 'Full width', 320: '320 px (small phone)', 480: '480 px (phone)', 768: '768 px (tablet)', 1200: '1200 px (desktop)' } as const;

export interface FrameOptions {
  language?: keyof typeof LANGUAGES;
  theme?: keyof typeof THEMES;
  font?: keyof typeof FONTS;
  width?: keyof typeof WIDTHS | `${keyof typeof WIDTHS}`;
}

export const initialGlobals: Required<FrameOptions> = { language: 'en', theme: 'story', font: 'sans', width: 'full' };

const items = (entries: Record<string, string>) => Object.entries(entries).map(([value, title]) => ({ value, title }));
export const globalTypes: GlobalTypes = {
  language: { description: 'The language of the page around the elements', toolbar: { title: 'Language', icon: 'globe', items: items(LANGUAGES), dynamicTitle: true } },
  theme: { description: 'Light or dark, for every element in the story', toolbar: { title: 'Theme', icon: 'mirror', items: items(THEMES), dynamicTitle: true } },
  font: {
    description: "The host page's font, which the elements inherit",
    toolbar: { title: 'Font', icon: 'paragraph', items: items(Object.fromEntries(Object.entries(FONTS).map(([key, font]) => [key, font.title]))), dynamicTitle: true },
  },
  width: { description: 'The width of the container the elements sit in', toolbar: { title: 'Width', icon: 'grow', items: items(WIDTHS), dynamicTitle: true } },
};

/** Sets `theme` on every medquote element in the frame, now and when the story adds more. */
const observers = new WeakMap<Element, MutationObserver>();
function themeEvery(theme: string) {
  return (frame?: Element) => {
    if (!frame) return;
    observers.get(frame)?.disconnect();
    if (theme === 'story') return;
    const apply = () => frame.querySelectorAll('*').forEach((node) => node.localName.startsWith('mq-') && node.getAttribute('theme') !== theme && node.setAttribute('theme', theme));
    const observer = new MutationObserver(apply);
    observer.observe(frame, { childList: true, subtree: true });
    observers.set(frame, observer);
    queueMicrotask(apply);
  };
}

/**
 * The page around `content`. With `themeElements`, a theme other than "story" is forced on every
 * element inside (the toolbar's frame); a story's own frame only paints the page.
 */
export function frame(options: FrameOptions, content: unknown, { themeElements = false } = {}): TemplateResult {
  const { language, theme = 'story', font, width = 'full' } = options;
  const painted = theme !== 'story';
  const styles = {
    'font-family': font ? FONTS[font].stack : undefined,
    'inline-size': String(width) === 'full' ? undefined : `${width}px`,
    outline: String(width) === 'full' ? undefined : '1px dashed GrayText',
    'color-scheme': painted ? (theme === 'auto' ? 'light dark' : theme) : undefined,
    background: painted ? 'Canvas' : undefined,
    color: painted ? 'CanvasText' : undefined,
    padding: painted ? '1em' : undefined,
  };
  return html`<div
    class="story-frame"
    lang=${ifDefined(language)}
    dir=${ifDefined(language && (language === 'ar' ? 'rtl' : 'ltr'))}
    style=${styleMap(styles)}
    ${ref(themeElements ? themeEvery(theme) : undefined)}
  >
    ${themeElements ? keyed(theme, content) : content}
  </div>`;
}

/** The toolbar's frame, around every story (project decorator). */
export const withToolbarFrame: Decorator = (story, context) => frame(context.globals as FrameOptions, story(), { themeElements: true });

/** A story's own frame: `decorators: [inFrame({ language: 'ar' })]`. */
export const inFrame =
  (options: FrameOptions): Decorator =>
  (story) =>
    frame(options, story());
