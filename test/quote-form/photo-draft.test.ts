import { expect } from '@open-wc/testing';
import { loadPhotos, savePhotos, sweepPhotos } from '../../src/quote-form/draft.js';
import { keptPhoto, rawStore } from './form-helpers.js';

const DAY = 24 * 60 * 60 * 1000;

describe('quote form photo drafts', () => {
  it('keeps photos per tab, and deletes what a closed tab left a day ago', async () => {
    const photo = new File([new Uint8Array([1, 2, 3])], 'arm.png', { type: 'image/png' });
    const kept = await keptPhoto(photo);
    await rawStore((store) => store.put({ files: [kept], savedAt: Date.now() - 2 * DAY }, 'medquote:quote:https://old.example/:closed-tab'));
    await rawStore((store) => store.put({ files: [kept], savedAt: Date.now() - DAY / 2 }, 'medquote:quote:https://other.example/:other-tab'));
    sessionStorage.clear();
    expect(await loadPhotos('medquote:quote:https://clinic.example/'), 'no tab id yet: nothing kept').to.deep.equal([]);
    await savePhotos('medquote:quote:https://clinic.example/', [photo]);
    const loaded = await loadPhotos('medquote:quote:https://clinic.example/');
    expect(loaded.map((file) => [file.name, file.type, file.size])).to.deep.equal([['arm.png', 'image/png', 3]]);
    expect([...new Uint8Array(await loaded[0]!.arrayBuffer())]).to.deep.equal([1, 2, 3]);
    await sweepPhotos(); // what every form does as it connects
    const keys = (await rawStore((store) => store.getAllKeys())).map(String);
    expect(keys.some((key) => key.endsWith(':closed-tab')), 'two days old: deleted').to.equal(false);
    expect(keys.some((key) => key.endsWith(':other-tab')), 'half a day old: kept').to.equal(true);
    await savePhotos('medquote:quote:https://clinic.example/', []);
    expect(await loadPhotos('medquote:quote:https://clinic.example/')).to.deep.equal([]);
    sessionStorage.clear();
  });

  it('never restores photos a day old, even before a sweep', async () => {
    sessionStorage.clear();
    const photo = new File([new Uint8Array([1, 2, 3])], 'arm.png', { type: 'image/png' });
    await savePhotos('medquote:quote:https://clinic.example/', [photo]);
    const tab = sessionStorage.getItem('medquote:tab');
    const kept = await keptPhoto(photo);
    await rawStore((store) => store.put({ files: [kept], savedAt: Date.now() - 2 * DAY }, `medquote:quote:https://clinic.example/:${tab}`));
    expect(await loadPhotos('medquote:quote:https://clinic.example/')).to.deep.equal([]);
    await savePhotos('medquote:quote:https://clinic.example/', []);
    sessionStorage.clear();
  });
});
