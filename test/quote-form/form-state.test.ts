import { expect } from '@open-wc/testing';
import { stepOf } from '../../src/quote-form/flow.js';
import { emptyState, fieldForPath, withConsequences } from '../../src/quote-form/form-state.js';
import { STEPS } from '../../src/quote-form/steps.js';
import { addPhotos, MAX_PHOTO_BYTES, preparePhoto } from '../../src/quote-form/photos.js';

const photo = (name: string, type: string, bytes = 10) => new File([new Uint8Array(bytes)], name, { type });

describe('quote form state', () => {
  it('maps the paths a server reports to the fields, and the fields to the earliest step showing them', () => {
    expect(fieldForPath('phone')).to.equal('phoneNational');
    expect(fieldForPath('health.notes')).to.equal('notes');
    expect(fieldForPath('consents.health')).to.equal('healthConsent');
    expect(fieldForPath('photos[2]')).to.equal('photos');
    expect(fieldForPath('nonsense')).to.equal(null);
    expect(stepOf(STEPS, ['notes', 'email']).id).to.equal('contact');
    expect(stepOf(STEPS, ['email', 'budgetAmount']).id).to.equal('trip');
    expect(stepOf(STEPS, ['photos', 'transfer']).id).to.equal('health');
    expect(stepOf(STEPS, ['transfer']).id).to.equal('consent');
    expect(stepOf(STEPS, []).id).to.equal('review');
  });

  it('brings what follows a change: the calling code after the residence, the transfer consent withdrawn by new destinations', () => {
    const ticked = { ...emptyState('EUR', 'DE'), destinations: ['a'], transfer: true };
    expect(withConsequences(ticked, { residence: 'GB' })).to.deep.equal({ residence: 'GB', phoneCountry: 'GB' });
    expect(withConsequences({ ...ticked, phoneCountry: 'FR' }, { residence: 'GB' }), 'a calling code the patient picked').to.deep.equal({ residence: 'GB' });
    expect(withConsequences(ticked, { destinations: ['a'] }), 'the same destinations').to.deep.equal({ destinations: ['a'] });
    expect(withConsequences(ticked, { destinations: ['a', 'b'] })).to.deep.equal({ destinations: ['a', 'b'], transfer: false });
    expect(withConsequences(ticked, { openToSuggestions: true })).to.deep.equal({ openToSuggestions: true, transfer: false });
    expect(withConsequences(ticked, { name: 'Ada' })).to.deep.equal({ name: 'Ada' });
  });

  it('adds prepared photos up to five, naming the refused file', () => {
    const refused = { key: 'errorPhotoType', params: { name: 'c.pdf' } } as const;
    const { photos, problem } = addPhotos([], [photo('a.jpg', 'image/jpeg'), refused, photo('b.png', 'image/png')]);
    expect(photos.map((file) => file.name)).to.deep.equal(['a.jpg', 'b.png']);
    expect(problem).to.deep.equal(refused);
    const five = Array.from({ length: 5 }, (_, i) => photo(`${i}.webp`, 'image/webp'));
    const sixth = addPhotos(five, [photo('6.webp', 'image/webp')]);
    expect(sixth.photos).to.have.length(5);
    expect(sixth.problem?.key).to.equal('errorPhotoCount');
  });

  it('prepares a photo from its bytes: the type they say, the size limit, refusal of anything unreadable', async () => {
    expect(await preparePhoto(photo('big.png', 'image/png', MAX_PHOTO_BYTES + 1))).to.deep.equal({ key: 'errorPhotoSize', params: { name: 'big.png' } });
    expect(await preparePhoto(photo('zeros.jpg', 'image/jpeg'))).to.deep.equal({ key: 'errorPhotoType', params: { name: 'zeros.jpg' } });
    const png = await new Promise<Blob>((resolve) => Object.assign(document.createElement('canvas'), { width: 4, height: 4 }).toBlob((b) => resolve(b!), 'image/png'));
    const prepared = await preparePhoto(new File([png], 'IMG_1.HEIC', { type: 'image/heic' }));
    expect(prepared).to.be.instanceOf(File);
    expect([(prepared as File).name, (prepared as File).type]).to.deep.equal(['IMG_1.HEIC', 'image/png']);
  });
});
