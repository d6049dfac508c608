import { createApp } from 'vue';
import 'mitid-ux-kit/define';
import 'mitid-ux-kit/fonts.css';
import App from './App.vue';

createApp(App).mount('#app');
