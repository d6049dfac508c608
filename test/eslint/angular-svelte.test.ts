/** Angular component templates and Svelte markup, through the plugin's HTML parser. */
import { htmlTester, rules } from './helpers.js';

const ng = 'login.component.html';
const svelte = 'Login.svelte';

htmlTester.run('approved-text (angular, svelte)', rules['approved-text'] as never, {
  valid: [
    { code: "<button (click)=\"login()\">{{ 'auth.mitid' | translate }}</button>", filename: ng },
    // TypeScript in a `lang="ts"` component's markup: espree cannot read it, an unknown value stays silent.
    { code: '<button on:click={login}>{label as string}</button>', filename: svelte },
    { code: '<button mat-flat-button (click)="login()">Log ind med MitID</button>', filename: ng },
  ],
  invalid: [
    { code: '<button mat-flat-button (click)="login()">Login with MitID</button>', filename: ng, errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: '<button mat-flat-button (click)="login()">Log on with MitID</button>' }] }] },
    { code: '<button on:click={login}>Login med MitID</button>', filename: svelte, errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: '<button on:click={login}>Log ind med MitID</button>' }] }] },
    { code: '<button on:click={loginWithMitID}>{label as string}</button>', filename: svelte, options: [{ reportUnverifiable: true }], errors: [{ messageId: 'unverifiable' }] },
    // Each branch of an {#if} block is a state of the button (svelte-expressions.ts).
    { code: '<button on:click={login}>{#if busy}Sender dig til MitID…{:else}Log ind med MitID{/if}</button>', filename: svelte, errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Sender dig til MitID…', phrase: 'Log ind med MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: '<button on:click={login}>{#if busy}Log ind med MitID{:else}Log ind med MitID{/if}</button>' }] }] },
  ],
});

htmlTester.run('cta-element (angular, svelte)', rules['cta-element'] as never, {
  valid: [
    { code: '<a [routerLink]="[\'/login\']">Log ind med MitID</a>', filename: ng },
    { code: '<a routerLink="/login">Log ind med MitID</a>', filename: ng },
  ],
  invalid: [
    { code: '<div (click)="login()">Log ind med MitID</div>', filename: ng, errors: [{ messageId: 'notAButton', data: { tag: 'div' } }] },
    { code: '<span on:click={login}>Log ind med MitID</span>', filename: svelte, errors: [{ messageId: 'notAButton', data: { tag: 'span' } }] },
    { code: '<a (click)="login()">Log ind med MitID</a>', filename: ng, errors: [{ messageId: 'anchorWithoutHref' }] },
    { code: '<a href="#" (click)="login()">Log ind med MitID</a>', filename: ng, errors: [{ messageId: 'anchorFakeHref' }] },
  ],
});
