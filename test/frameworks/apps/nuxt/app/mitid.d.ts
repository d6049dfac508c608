// Types <mitid-button> in templates (vue-tsc, strictTemplates).
import type {} from 'mitid-ux-kit/vue';
