// Adds a timeline after the page has started, like a router rendering a new view.
setTimeout(() => document.body.append(document.createElement('mq-recovery-timeline')), 10);
