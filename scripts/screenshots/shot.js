// Builds one widget from the query string (?tag=ngo-report-region&region=sichuan&…&width=560&dark),
// with DOM APIs only, for scripts/screenshots.mjs.
const params = new URLSearchParams(location.search);
const el = document.createElement(params.get('tag') || 'ngo-report-region');
for (const [k, v] of params) if (!['tag', 'width', 'dark', 'linked'].includes(k)) el.setAttribute(k, v);
if (params.has('dark')) document.body.classList.add('dark');
const stage = document.getElementById('stage');
stage.style.setProperty('--shot-width', `${Number(params.get('width')) || 560}px`);
stage.append(el);
if (params.has('linked')) {
  // A map with a linked card below it, as the README describes.
  el.setAttribute('for', 'linked-card');
  const card = document.createElement('ngo-report-region');
  card.id = 'linked-card';
  card.setAttribute('region', params.get('linked'));
  if (params.has('lang')) card.setAttribute('lang', params.get('lang'));
  card.setAttribute('limit', '3');
  card.style.marginTop = '16px';
  stage.append(card);
}
