/** Opens a test page in an iframe and resolves with what its report.js saw. */
export interface PageReport {
  errors: string[];
  warnings: string[];
  violations: string[];
  widgets: { tag: string; text: string; rows: number; fontSize: number }[];
  /** The tags of each mq-ready event. */
  ready: string[][];
  /** Paths of the scripts the page loaded. */
  scripts: string[];
}

export function loadPage(path: string): Promise<PageReport> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    addEventListener('message', function listener(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'page-report') return;
      removeEventListener('message', listener);
      frame.remove();
      resolve(event.data.report);
    });
    frame.src = path;
    document.body.append(frame);
  });
}
