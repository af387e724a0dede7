import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { captureConsole } from '../helpers.js';

describe('core/define', () => {
  it('registers once; a second copy of the same version is silent', () => {
    class First extends HTMLElement {
      static version = VERSION;
    }
    class Second extends HTMLElement {
      static version = VERSION;
    }
    const log = captureConsole();
    defineElement('mq-define-test', First);
    defineElement('mq-define-test', Second);
    log.restore();
    expect(customElements.get('mq-define-test')).to.equal(First);
    expect(log.calls.warn).to.deep.equal([]);
  });

  it('warns when another version already holds the tag', () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('mq-define-old', Old);
    const log = captureConsole();
    defineElement('mq-define-old', class extends HTMLElement {});
    log.restore();
    expect(customElements.get('mq-define-old')).to.equal(Old);
    expect(log.calls.warn).to.have.length(1);
    expect(log.calls.warn[0]).to.contain(`already defined by version 0.0.1; version ${VERSION} was not registered`);
  });
});
