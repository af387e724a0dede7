// medquote in Vue 3. Vue's compiler is told the mq- tags are custom elements (vite.config.ts),
// so it leaves them to the browser; `.prop` binds objects as properties.
import { createApp } from 'vue';
import 'medquote/all.js';
import App from './App.vue';

createApp(App).mount('#app');
