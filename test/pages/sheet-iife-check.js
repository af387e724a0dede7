// What the classic script's readSheet answers, as a warning the page's report collects.
customElements.whenDefined('mq-cost-table').then(async () => {
  const result = await document.querySelector('mq-cost-table').readSheet('id,label,low,high,currency\nmx,Mexico,1,2,USD\n');
  console.warn(`readSheet: ${JSON.stringify(result)}`);
});
