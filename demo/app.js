// The partner's own script: listens to widget events and switches the page language.
const selection = document.getElementById('selection');
document.addEventListener('mq-select', (event) => {
  const { label } = event.detail;
  selection.textContent = `You chose ${label}. A quote form would open here.`;
});

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const other of document.querySelectorAll('[data-lang]')) other.setAttribute('aria-pressed', String(other === button));
  });
}
