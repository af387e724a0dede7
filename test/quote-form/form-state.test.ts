import { expect } from '@open-wc/testing';
import { fieldForPath, stepOf } from '../../src/quote-form/form-state.js';
import { addPhotos, MAX_PHOTO_BYTES } from '../../src/quote-form/photos.js';

const photo = (name: string, type: string, bytes = 10) => new File([new Uint8Array(bytes)], name, { type });

describe('quote form state', () => {
  it('maps the paths a server reports to the fields, and the fields to the earliest step showing them', () => {
    expect(fieldForPath('phone')).to.equal('phoneNational');
    expect(fieldForPath('health.notes')).to.equal('notes');
    expect(fieldForPath('consents.health')).to.equal('healthConsent');
    expect(fieldForPath('photos[2]')).to.equal('photos');
    expect(fieldForPath('nonsense')).to.equal(null);
    expect(stepOf(['notes', 'email'])).to.equal('contact');
    expect(stepOf(['photos', 'transfer'])).to.equal('health');
    expect(stepOf(['transfer'])).to.equal('consent');
    expect(stepOf([])).to.equal('review');
  });

  it('accepts photos by type (HEIC by name) and size, at most five, naming the refused file', () => {
    const { photos, problem } = addPhotos([], [photo('a.jpg', 'image/jpeg'), photo('b.HEIC', ''), photo('c.pdf', 'application/pdf')]);
    expect(photos.map((file) => file.name)).to.deep.equal(['a.jpg', 'b.HEIC']);
    expect(problem).to.deep.equal({ key: 'errorPhotoType', params: { name: 'c.pdf' } });
    expect(addPhotos([], [photo('big.png', 'image/png', MAX_PHOTO_BYTES + 1)]).problem?.key).to.equal('errorPhotoSize');
    const five = Array.from({ length: 5 }, (_, i) => photo(`${i}.webp`, 'image/webp'));
    const sixth = addPhotos(five, [photo('6.webp', 'image/webp')]);
    expect(sixth.photos).to.have.length(5);
    expect(sixth.problem?.key).to.equal('errorPhotoCount');
  });
});
