// Issue 10 as a spec: each of its ten patterns, in every framework it applies to, and its list of
// false positives, written from the issue's words and the docs only (never from the analyzer).
// Every case is a small project folder; one run of the built `mitid-ux check --format json` reads
// them all (as CI does), and each case compares the findings of its own folder with the rule and
// line it expects. `it.fails` marks a case the kit gets wrong today; its comment says what is right.
import { caseList, markFailures, runSpec, type Case, type Want } from './harness.js';

const { cases, add, silent } = caseList();

// ---------------------------------------------------------------------------------------------
// 1. A state text that replaces the phrase without naming MitID.
add(1, 'React', 'a pending ternary in a typed component', {
  'src/MitIDLogin.tsx': `import { useState } from 'react';

export function MitIDLogin({ onLogin }: { onLogin: () => Promise<void> }) {
  const [pending, setPending] = useState(false);
  return (
    <button type="button" disabled={pending} onClick={async () => { setPending(true); await onLogin(); }}>
      {pending ? 'Vent venligst…' : 'Log ind med MitID'}
    </button>
  );
}
`,
}, [['approved-text', 'Vent venligst…']]);

add(1, 'React', 'state labels in a const map, one hop away', {
  'src/LoginButton.tsx': `const LABELS = {
  idle: 'Log ind med MitID',
  loading: 'Henter MitID…',
  error: 'Prøv igen',
} as const;

export const LoginButton = ({ state }: { state: keyof typeof LABELS }) => (
  <button type="submit" className="login-cta">{LABELS[state]}</button>
);
`,
}, [['approved-text', 'Henter MitID…'], ['approved-text', 'Prøv igen']]);

add(1, 'React', 'translation keys in both branches (da and en catalogs)', {
  'src/Login.tsx': `import { useTranslation } from 'react-i18next';

export function LoginWithMitID({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  return <button type="submit">{loading ? t('login.loading') : t('login.mitid')}</button>;
}
`,
  'locales/da.json': '{ "login": { "mitid": "Log ind med MitID", "loading": "Logger ind" } }\n',
  'locales/en.json': '{ "login": { "mitid": "Log on with MitID", "loading": "Signing in" } }\n',
}, [['approved-text', "t('login.loading')"]]);

add(1, 'Preact', 'a spinner-only loading branch', {
  'src/MitIdButton.jsx': `import { h } from 'preact';
import Spinner from './Spinner';

export default function MitIdButton({ loading, onClick }) {
  return (
    <button class="mitid-button" type="button" onClick={onClick}>
      {loading ? <Spinner size="small" /> : 'Godkend med MitID'}
    </button>
  );
}
`,
}, [['approved-text', ['<Spinner', '<button']]]);

add(1, 'Solid', 'a signal ternary', {
  'src/SignButton.tsx': `import { createSignal } from 'solid-js';

export function SignButton(props: { sign: () => Promise<void> }) {
  const [busy, setBusy] = createSignal(false);
  return (
    <button type="button" class="sign" onClick={async () => { setBusy(true); await props.sign(); setBusy(false); }}>
      {busy() ? 'Underskriver…' : 'Underskriv med MitID'}
    </button>
  );
}
`,
}, [['approved-text', 'Underskriver…']]);

add(1, 'Solid', "<Show>'s fallback is the busy state", {
  'src/ApproveButton.tsx': `import { Show, createSignal } from 'solid-js';

export function ApproveButton(props: { approve: () => void }) {
  const [busy] = createSignal(false);
  return (
    <button type="button" onClick={props.approve}>
      <Show when={!busy()} fallback={<span>Godkender…</span>}>
        Godkend med MitID
      </Show>
    </button>
  );
}
`,
}, [['approved-text', 'Godkender…']]);

add(1, 'React Native', 'a Pressable whose Text switches while loading', {
  'src/MitIDLoginButton.tsx': `import { Pressable, Text } from 'react-native';

type Props = { loading: boolean; onPress: () => void };

export function MitIDLoginButton({ loading, onPress }: Props) {
  return (
    <Pressable accessibilityRole="button" onPress={onPress}>
      <Text>{loading ? 'Logger ind...' : 'Log ind med MitID'}</Text>
    </Pressable>
  );
}
`,
}, [['approved-text', 'Logger ind...']]);

add(1, 'React Native', "a Button's title ternary", {
  'src/LoginScreen.tsx': `import { Button, View } from 'react-native';

export function LoginScreen({ isAuthenticating, startLogin }: { isAuthenticating: boolean; startLogin: () => void }) {
  return (
    <View>
      <Button title={isAuthenticating ? 'Forbinder…' : 'Log ind med MitID'} onPress={startLogin} />
    </View>
  );
}
`,
}, [['approved-text', 'Forbinder…']]);

add(1, 'Vue template', 'a $t ternary in mustaches, catalog in locales/da.json', {
  'src/components/LoginCard.vue': `<template>
  <button type="button" class="btn" @click="login">
    {{ pending ? $t('auth.redirecting') : $t('auth.mitidLogin') }}
  </button>
</template>

<script setup lang="ts">
import { ref } from 'vue';
const pending = ref(false);
function login(): void { pending.value = true; }
</script>
`,
  'locales/da.json': '{ "auth": { "redirecting": "Sender dig videre…", "mitidLogin": "Log ind med MitID" } }\n',
}, [['approved-text', 'pending ?']]);

add(1, 'Vue script setup ts', 'v-if / v-else spans', {
  'src/LoginButton.vue': `<script setup lang="ts">
import { ref } from 'vue';
const loading = ref<boolean>(false);
async function login(): Promise<void> { loading.value = true; window.location.assign('/auth/mitid'); }
</script>

<template>
  <button type="button" :disabled="loading" @click="login">
    <span v-if="loading">Et øjeblik…</span>
    <span v-else>Log ind med MitID</span>
  </button>
</template>
`,
}, [['approved-text', 'Et øjeblik…']]);

add(1, 'Vue Options API', 'a computed label', {
  'src/MitidLogin.vue': `<template>
  <button type="button" class="mitid-login" @click="start">{{ buttonText }}</button>
</template>

<script>
export default {
  data() {
    return { loading: false };
  },
  computed: {
    buttonText() {
      return this.loading ? 'Logger ind…' : 'Log ind med MitID';
    },
  },
  methods: {
    start() { this.loading = true; },
  },
};
</script>
`,
}, [['approved-text', ['Logger ind…', '{{ buttonText }}']]]);

add(1, 'Vue Options API', 'a data() label a method overwrites', {
  'src/ConfirmButton.vue': `<template>
  <button type="button" @click="confirm">{{ label }}</button>
</template>

<script>
export default {
  data() {
    return { label: 'Bekræft med MitID' };
  },
  methods: {
    confirm() {
      this.label = 'Bekræfter…';
      this.$emit('confirm');
    },
  },
};
</script>
`,
}, [['approved-text', ["'Bekræfter…'", '{{ label }}']]]);

add(1, 'Vue h()', 'a render function with a busy ref', {
  'src/MitidButton.ts': `import { defineComponent, h, ref } from 'vue';

export default defineComponent({
  name: 'MitidButton',
  setup() {
    const busy = ref(false);
    return () =>
      h('button', { type: 'button', onClick: () => (busy.value = true) }, busy.value ? 'Omdirigerer…' : 'Log ind med MitID');
  },
});
`,
}, [['approved-text', 'Omdirigerer…']]);

add(1, 'Svelte ts', '{#if} / {:else} blocks', {
  'src/lib/LoginButton.svelte': `<script lang="ts">
  export let loading: boolean = false;
  export let onLogin: () => void;
</script>

<button type="button" on:click={onLogin} disabled={loading}>
  {#if loading}
    Logger ind…
  {:else}
    Log ind med MitID
  {/if}
</button>
`,
}, [['approved-text', 'Logger ind…']]);

add(1, 'Svelte ts', 'a ternary in braces', {
  'src/lib/ConfirmButton.svelte': `<script lang="ts">
  let busy: boolean = false;
  async function confirm(): Promise<void> { busy = true; }
</script>

<button type="button" on:click={confirm}>{busy ? 'Vent…' : 'Bekræft med MitID'}</button>
`,
}, [['approved-text', "busy ? 'Vent…'"]]);

add(1, 'Angular inline', '@if / @else control flow', {
  'src/app/mitid-login.component.ts': `import { Component, Input } from '@angular/core';

@Component({
  selector: 'app-mitid-login',
  standalone: true,
  template: \`
    <button type="button" (click)="login()">
      @if (loading) {
        Logger ind…
      } @else {
        Log ind med MitID
      }
    </button>
  \`,
})
export class MitidLoginComponent {
  @Input() loading = false;
  login(): void { window.location.href = '/auth/mitid'; }
}
`,
}, [['approved-text', ['Logger ind…', '@if (loading)', '<button']]]);

add(1, 'Angular templateUrl', '*ngIf with an else template', {
  'src/app/login/login.component.html': `<button type="button" class="btn btn-primary" (click)="login()" [disabled]="busy">
  <ng-container *ngIf="!busy; else waiting">Log ind med MitID</ng-container>
  <ng-template #waiting>Vent venligst…</ng-template>
</button>
`,
  'src/app/login/login.component.ts': `import { Component } from '@angular/core';

@Component({ selector: 'app-login', templateUrl: './login.component.html' })
export class LoginComponent {
  busy = false;
  login(): void { this.busy = true; }
}
`,
}, [['approved-text', 'Vent venligst…']]);

add(1, 'Angular templateUrl', "a getter of the component class (templateUrl reads its class)", {
  'src/app/auth/auth.component.html': `<section class="auth">
  <button type="button" (click)="start()">{{ label }}</button>
</section>
`,
  'src/app/auth/auth.component.ts': `import { Component } from '@angular/core';

@Component({ selector: 'app-auth', templateUrl: './auth.component.html' })
export class AuthComponent {
  pending = false;
  get label(): string {
    return this.pending ? 'Sender dig til MitID…' : 'Log ind med MitID';
  }
  start(): void { this.pending = true; }
}
`,
}, [['approved-text', ['src/app/auth/auth.component.ts::Sender dig til MitID…', 'src/app/auth/auth.component.html::{{ label }}']]]);

add(1, 'Lit', 'a nested html`` spinner state', {
  'src/nb-mitid-login.ts': `import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';

@customElement('nb-mitid-login')
export class NbMitidLogin extends LitElement {
  @state() private redirecting = false;

  render() {
    return html\`
      <button type="button" @click=\${this.go}>
        \${this.redirecting ? html\`<span class="spinner"></span> Videresender…\` : 'Log ind med MitID'}
      </button>
    \`;
  }

  private go(): void {
    this.redirecting = true;
    location.assign('/login/mitid');
  }
}
`,
}, [['approved-text', 'Videresender…']]);

// ---------------------------------------------------------------------------------------------
// 2. A CTA whose text names MitID with a verb off the list.
const near = (fw: string, name: string, file: string, code: string, at: string, extra: Partial<Case> = {}): void =>
  add(2, fw, name, { [file]: code }, [['approved-text', at]], extra);

near('React', '"Identificér dig med MitID" on a button', 'src/Id.tsx', `export function Id({ go }: { go: () => void }) {
  return (
    <div className="card">
      <button type="button" onClick={go}>Identificér dig med MitID</button>
    </div>
  );
}
`, 'Identificér dig');
near('React', 'a Next.js Link "Fortsæt med MitID"', 'app/login/page.tsx', `import Link from 'next/link';

export default function Page() {
  return (
    <main>
      <Link href="/api/auth/mitid" className="btn btn-primary">Fortsæt med MitID</Link>
    </main>
  );
}
`, 'Fortsæt med MitID');
near('React', 'an MUI Button "Continue with MitID"', 'src/Continue.tsx', `import Button from '@mui/material/Button';

export const Continue = ({ onClick }: { onClick: () => void }) => (
  <Button variant="contained" onClick={onClick}>
    Continue with MitID
  </Button>
);
`, 'Continue with MitID');
near('Preact', 'a link "Sign in using MitID"', 'src/Login.jsx', `export function Login() {
  return <a class="button" href="/login?idp=mitid">Sign in using MitID</a>;
}
`, 'Sign in using MitID');
near('Solid', '"Connect your MitID"', 'src/Connect.tsx', `export function Connect(props: { connect: () => void }) {
  return <button type="button" class="login" onClick={props.connect}>Connect your MitID</button>;
}
`, 'Connect your MitID');
near('React Native', 'a Button title "Continue with MitID"', 'src/Welcome.tsx', `import { Button } from 'react-native';

export const Welcome = ({ login }: { login: () => void }) => <Button title="Continue with MitID" onPress={login} />;
`, 'Continue with MitID');
near('Vue template', 'a Vuetify v-btn "Fortsæt med MitID"', 'src/Login.vue', `<template>
  <v-card>
    <v-btn color="primary" block @click="login">Fortsæt med MitID</v-btn>
  </v-card>
</template>
`, 'Fortsæt med MitID');
near('Vue template', 'a router-link "Log ind via MitID"', 'src/Nav.vue', `<template>
  <nav>
    <router-link to="/login/mitid" class="btn">Log ind via MitID</router-link>
  </nav>
</template>
`, 'Log ind via MitID');
near('Vue h()', 'an anchor "Sign In with MitID"', 'src/login-link.ts', `import { h } from 'vue';

export const LoginLink = () => h('a', { href: '/auth/mitid', class: 'btn' }, 'Sign In with MitID');
`, 'Sign In with MitID');
near('Svelte ts', '"Godkend via MitID"', 'src/routes/approve/+page.svelte', `<script lang="ts">
  import { goto } from '$app/navigation';
  const approve = (): Promise<void> => goto('/auth/approve');
</script>

<button type="button" on:click={approve}>Godkend via MitID</button>
`, 'Godkend via MitID');
near('Svelte', 'an all-caps link "LOG IND MED MITID"', 'src/Header.svelte', `<header>
  <a href="/auth/mitid" class="btn">LOG IND MED MITID</a>
</header>
`, 'LOG IND MED MITID');
near('Angular inline', 'a Material button "Verificér med MitID"', 'src/app/verify.component.ts', `import { Component } from '@angular/core';

@Component({
  selector: 'app-verify',
  template: \`
    <button mat-raised-button color="primary" (click)="verify()">Verificér med MitID</button>
  \`,
})
export class VerifyComponent {
  verify(): void {}
}
`, 'Verificér med MitID');
add(2, 'Angular templateUrl', 'a routerLink "Fortsæt til MitID"', {
  'src/app/start/start.component.html': `<div class="start">
  <a class="btn" routerLink="/auth/mitid">Fortsæt til MitID</a>
</div>
`,
  'src/app/start/start.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-start', templateUrl: './start.component.html' })
export class StartComponent {}
`,
}, [['approved-text', 'Fortsæt til MitID']]);
near('Lit', '"Bekræft identitet med MitID"', 'src/x-confirm.ts', `import { LitElement, html } from 'lit';

export class XConfirm extends LitElement {
  render() {
    return html\`<a href="/auth/confirm" part="cta">Bekræft identitet med MitID</a>\`;
  }
}
customElements.define('x-confirm', XConfirm);
`, 'Bekræft identitet');
near('HTML', '"Simuler login med MitID" on a submit button', 'public/test-login.html', `<!doctype html>
<html lang="da">
<body>
  <form method="post" action="/dev/login">
    <button type="submit" class="btn">Simuler login med MitID</button>
  </form>
</body>
</html>
`, 'Simuler login');
near('HTML', '"MitID – log ind" (word order turned)', 'public/index.html', `<!doctype html>
<html lang="da">
<body>
  <a href="/auth" class="cta">MitID – log ind</a>
</body>
</html>
`, 'MitID – log ind');

silent(2, 'React', 'a paragraph and a heading naming MitID next to a compliant button', {
  'src/Intro.tsx': `export const Intro = () => (
  <section>
    <h2>Log ind med MitID</h2>
    <p>Du kan fortsætte med MitID eller med brugernavn og adgangskode.</p>
    <button type="button" onClick={() => location.assign('/auth/mitid')}>Log ind med MitID</button>
  </section>
);
`,
});
silent(2, 'Vue template', 'a label and a "Hvad er MitID?" link', {
  'src/Help.vue': `<template>
  <div>
    <label for="method">Fortsæt med MitID</label>
    <input id="method" type="radio" name="method" value="mitid">
    <a href="https://www.mitid.dk/" target="_blank" rel="noopener">Hvad er MitID?</a>
  </div>
</template>
`,
});
silent(2, 'Svelte', "a link to MitID's help site", {
  'src/Footer.svelte': `<footer>
  <a href="https://www.mitid.dk/hjaelp/">Få hjælp til MitID</a>
</footer>
`,
});
silent(2, 'Angular inline', '"Fortsæt uden MitID" and "Afbryd"', {
  'src/app/choice.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-choice',
  template: \`
    <button type="button" (click)="skip()">Fortsæt uden MitID</button>
    <button type="button" (click)="cancel()">Afbryd</button>
  \`,
})
export class ChoiceComponent {
  skip(): void {}
  cancel(): void {}
}
`,
});
silent(2, 'HTML', 'a footer link "Læs om MitID" to mitid.dk', {
  'public/footer.html': `<footer>
  <p>Vi bruger MitID til at bekræfte din identitet.</p>
  <a href="https://mitid.dk/">Læs om MitID</a>
</footer>
`,
});

// ---------------------------------------------------------------------------------------------
// 3. Text split over children.
add(3, 'React', 'Tailwind responsive span (phones show "Log ind")', {
  'src/Cta.tsx': `export const Cta = ({ login }: { login: () => void }) => (
  <button type="button" className="mitid-cta" onClick={login}>
    Log ind <span className="hidden sm:inline">med MitID</span>
  </button>
);
`,
}, [['approved-text', 'Log ind <span']]);
add(3, 'React', 'a flag emoji in its own span', {
  'src/DaLogin.tsx': `export const DaLogin = ({ login }: { login: () => void }) => (
  <button type="button" onClick={login}>
    <span aria-hidden="true">🇩🇰</span>
    <span>Log ind med MitID</span>
  </button>
);
`,
}, [['approved-text', ['🇩🇰', '<button', '<span>Log ind']]]);
add(3, 'React', 'nested <strong> and a trailing arrow', {
  'src/Arrow.tsx': `export const Arrow = () => (
  <a href="/auth/mitid">
    <strong>Log ind</strong> med <strong>MitID</strong> →
  </a>
);
`,
}, [['approved-text', ['<strong>Log ind', '<a href']]]);
add(3, 'Preact', 'a <br /> inside a near miss', {
  'src/Br.jsx': `export const Br = ({ go }) => (
  <button type="button" onClick={go}>
    Log på<br />med MitID
  </button>
);
`,
}, [['approved-text', ['Log på<br', '<button']]]);
add(3, 'Solid', 'an icon span and a chevron span', {
  'src/Chevron.tsx': `export const Chevron = (props: { go: () => void }) => (
  <button type="button" class="mitid-btn" onClick={props.go}>
    <span class="icon icon-lock" /> <span>Log ind med MitID</span> <span>›</span>
  </button>
);
`,
}, [['approved-text', ['<span>›</span>', '<button']]]);
add(3, 'React Native', 'an emoji inside Text', {
  'src/Lock.tsx': `import { Pressable, Text } from 'react-native';

export const Lock = ({ login }: { login: () => void }) => (
  <Pressable onPress={login}>
    <Text>🔐 Log ind med MitID</Text>
  </Pressable>
);
`,
}, [['approved-text', '🔐']]);
add(3, 'Vue template', 'Bootstrap d-none d-md-inline', {
  'src/Approve.vue': `<template>
  <button type="button" class="btn btn-primary" @click="approve">
    Godkend <span class="d-none d-md-inline">med MitID</span>
  </button>
</template>
`,
}, [['approved-text', 'Godkend <span']]);
add(3, 'Svelte ts', 'Tailwind hidden md:inline', {
  'src/Confirm.svelte': `<script lang="ts">
  export let confirm: () => void;
</script>

<button type="button" class="mitid" on:click={confirm}>
  Bekræft <span class="hidden md:inline">med MitID</span>
</button>
`,
}, [['approved-text', 'Bekræft <span']]);
add(3, 'Angular inline', 'a flag span before the phrase', {
  'src/app/en-login.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-en-login',
  template: \`
    <button type="button" (click)="login()"><span class="flag">🇬🇧</span><span>Log on with MitID</span></button>
  \`,
})
export class EnLoginComponent {
  login(): void {}
}
`,
}, [['approved-text', '🇬🇧']]);
add(3, 'Lit', '<br> and a <b>MitId</b> misspelling', {
  'src/x-br.ts': `import { html } from 'lit';

export const tpl = (go: () => void) => html\`
  <button type="button" @click=\${go}>Log ind<br>med <b>MitId</b></button>
\`;
`,
}, [['approved-text', 'Log ind<br>']]);
add(3, 'HTML', 'Bootstrap 4 d-sm-none short form', {
  'public/login.html': `<!doctype html>
<html lang="da">
<body>
  <a href="/mitid" class="btn btn-primary">
    <span class="d-sm-none">Log ind</span><span class="d-none d-sm-inline">Log ind med MitID</span>
  </a>
</body>
</html>
`,
}, [['approved-text', 'd-sm-none', /"Log ind"/]]);
silent(3, 'React', 'an icon component and the phrase over two spans', {
  'src/Good.tsx': `import { MitIDLogo } from './MitIDLogo';

export const Good = ({ login }: { login: () => void }) => (
  <button type="button" className="btn-mitid" onClick={login}>
    <MitIDLogo aria-hidden="true" /> <span>Log ind med</span> <span>MitID</span>
  </button>
);
`,
});
silent(3, 'Vue template', 'a decorative logo and the phrase in a span', {
  'src/Good.vue': `<template>
  <button type="button" class="btn-mitid" @click="login">
    <img src="/img/mitid-white.svg" alt="">
    <span>Log ind med MitID</span>
  </button>
</template>
`,
});

// ---------------------------------------------------------------------------------------------
// 4. Logo-only and label-less CTAs: one noVisibleText report each.
add(4, 'React', 'an imported SVG logo, nothing else', {
  'src/ProviderLogo.tsx': `import mitidLogo from './assets/mitid-logo.svg';

export const ProviderLogo = ({ onClick }: { onClick: () => void }) => (
  <button type="button" className="login-provider" onClick={onClick}><img src={mitidLogo} alt="" /></button>
);
`,
}, [['approved-text', '<button']], { count: 1 });
add(4, 'React', 'an IconButton with an icon component and aria-label', {
  'src/IconLogin.tsx': `import IconButton from '@mui/material/IconButton';
import { MitIdIcon } from './icons';

export const IconLogin = ({ login }: { login: () => void }) => (
  <IconButton aria-label="Log ind med MitID" onClick={login}>
    <MitIdIcon />
  </IconButton>
);
`,
}, [['approved-text', ['<IconButton', '<MitIdIcon']]], { count: 1 });
add(4, 'Preact', 'an inline SVG sprite in a link', {
  'src/Sprite.jsx': `export const Sprite = () => (
  <a href="/auth/mitid" aria-label="MitID">
    <svg width="80" height="20" aria-hidden="true"><use href="#mitid-logo" /></svg>
  </a>
);
`,
}, [['approved-text', ['<a href', '<svg']]], { count: 1 });
add(4, 'Solid', 'a logo img with an aria-label', {
  'src/LogoButton.tsx': `export const LogoButton = (props: { login: () => void }) => (
  <button type="button" aria-label="Log ind med MitID" onClick={props.login}>
    <img src="/images/mitid.svg" alt="" />
  </button>
);
`,
}, [['approved-text', ['<button', '<img']]], { count: 1 });
add(4, 'React Native', 'a TouchableOpacity holding only the logo Image', {
  'src/LogoTouch.tsx': `import { Image, TouchableOpacity } from 'react-native';

export const LogoTouch = ({ login }: { login: () => void }) => (
  <TouchableOpacity onPress={login} accessibilityLabel="Log ind med MitID">
    <Image source={require('../assets/mitid-logo.png')} />
  </TouchableOpacity>
);
`,
}, [['approved-text', ['<TouchableOpacity', '<Image']]], { count: 1 });
add(4, 'Vue script setup ts', 'an imported SVG bound with :src', {
  'src/LogoOnly.vue': `<script setup lang="ts">
import mitidLogo from '@/assets/mitid.svg';
const login = (): void => window.location.assign('/auth/mitid');
</script>

<template>
  <button type="button" aria-label="Log ind med MitID" @click="login"><img :src="mitidLogo" alt=""></button>
</template>
`,
}, [['approved-text', '<button type']], { count: 1 });
add(4, 'Vue h()', 'h(button) with only an h(img) child', {
  'src/logo-button.ts': `import { h } from 'vue';
import mitidLogo from './mitid.svg';

export const LogoButton = (props: { onClick: () => void }) =>
  h('button', { type: 'button', 'aria-label': 'Log ind med MitID', onClick: props.onClick }, [h('img', { src: mitidLogo, alt: '' })]);
`,
}, [['approved-text', ["h('button'", "h('img'"]]], { count: 1 });
add(4, 'Svelte ts', 'an imported logo in {src}', {
  'src/LogoOnly.svelte': `<script lang="ts">
  import logo from '$lib/assets/mitid.svg';
  export let login: () => void;
</script>

<button type="button" on:click={login} aria-label="Log ind med MitID"><img src={logo} alt="" /></button>
`,
}, [['approved-text', '<button']], { count: 1 });
add(4, 'Angular inline', 'a mat-icon-button with svgIcon', {
  'src/app/icon-login.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-icon-login',
  template: \`
    <button mat-icon-button aria-label="Log ind med MitID" (click)="login()"><mat-icon svgIcon="mitid"></mat-icon></button>
  \`,
})
export class IconLoginComponent {
  login(): void {}
}
`,
}, [['approved-text', 'mat-icon-button']], { count: 1 });
add(4, 'Angular templateUrl', 'a logo link with a [href] binding', {
  'src/app/logo/logo.component.html': `<div class="providers">
  <a [href]="loginUrl" class="provider"><img src="assets/mitid-logo.svg" alt=""></a>
</div>
`,
  'src/app/logo/logo.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-logo', templateUrl: './logo.component.html' })
export class LogoComponent {
  loginUrl = '/auth/mitid';
}
`,
}, [['approved-text', '<a [href]']], { count: 1 });
add(4, 'Lit', 'an unsafeSVG logo and an aria-label', {
  'src/x-icon-login.ts': `import { LitElement, html } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import mitidSvg from './mitid-logo.svg?raw';

export class XIconLogin extends LitElement {
  render() {
    return html\`<button type="button" aria-label="Log ind med MitID" @click=\${this.login}>\${unsafeSVG(mitidSvg)}</button>\`;
  }
  login(): void {}
}
`,
}, [['approved-text', '<button']], { count: 1 });
add(4, 'HTML', 'a link holding only the white logo', {
  'public/providers.html': `<!doctype html>
<html lang="da">
<body>
  <a href="/auth/mitid"><img src="/static/img/mitid_logo_white.svg" alt=""></a>
</body>
</html>
`,
}, [['approved-text', '<a href']], { count: 1 });
silent(4, 'React', 'the logo beside the approved phrase', {
  'src/LogoAndText.tsx': `import mitidLogo from './assets/mitid-logo.svg';

export const LogoAndText = () => (
  <a className="btn-mitid" href="/auth/mitid"><img src={mitidLogo} alt="" /> Log on with MitID</a>
);
`,
});

// ---------------------------------------------------------------------------------------------
// 5. CTAs identified by behaviour.
const AUTH = 'https://login.kommune.dk/oauth2/authorize?client_id=web&response_type=code&acr_values=urn:grn:authn:dk:mitid:substantial';
add(5, 'React', 'onClick={handleMitIDLogin}', {
  'src/Start.tsx': `export function Start({ handleMitIDLogin }: { handleMitIDLogin: () => void }) {
  return (
    <button type="button" onClick={handleMitIDLogin}>
      Log ind
    </button>
  );
}
`,
}, [['approved-text', ['Log ind', '<button']]]);
add(5, 'React', 'a handler that assigns an authorize URL with MitID acr_values (a const one hop away)', {
  'src/Kommune.tsx': `const AUTHORIZE_URL = '${AUTH}';

function startLogin(): void {
  window.location.href = AUTHORIZE_URL;
}

export const Kommune = () => <button type="button" onClick={startLogin}>Fortsæt</button>;
`,
}, [['approved-text', 'Fortsæt']]);
add(5, 'React', "NextAuth signIn('mitid')", {
  'src/SignIn.tsx': `'use client';
import { signIn } from 'next-auth/react';

export const SignIn = () => (
  <button type="button" onClick={() => signIn('mitid', { callbackUrl: '/konto' })}>Log ind</button>
);
`,
}, [['approved-text', 'Log ind</button>']]);
add(5, 'Preact', 'a data-testid naming MitID', {
  'src/Next.jsx': `export const Next = ({ go }) => (
  <button type="button" data-testid="mitid-login-button" onClick={go}>Videre</button>
);
`,
}, [['approved-text', 'Videre']]);
add(5, 'Solid', 'onClick={loginWithMitID}', {
  'src/Solid.tsx': `import { loginWithMitID } from './auth';

export const SolidLogin = () => <button type="button" onClick={loginWithMitID}>Log på</button>;
`,
}, [['approved-text', 'Log på']]);
add(5, 'React Native', 'onPress opens an authorize URL with MitID acr_values', {
  'src/Onboarding.tsx': `import * as WebBrowser from 'expo-web-browser';
import { Pressable, Text } from 'react-native';

const AUTH_URL = 'https://auth.example.dk/connect/authorize?client_id=app&acr_values=urn:grn:authn:dk:mitid:low&redirect_uri=dk.example.app://callback';

export function Onboarding() {
  const start = () => WebBrowser.openAuthSessionAsync(AUTH_URL, 'dk.example.app://callback');
  return (
    <Pressable onPress={start}>
      <Text>Kom i gang</Text>
    </Pressable>
  );
}
`,
}, [['approved-text', 'Kom i gang']]);
add(5, 'Vue template', '@click="loginWithMitId"', {
  'src/Plain.vue': `<template>
  <button type="button" class="btn btn-primary" @click="loginWithMitId">Log ind</button>
</template>
`,
}, [['approved-text', 'Log ind']]);
add(5, 'Vue template', 'a data-cy naming MitID', {
  'src/Cy.vue': `<template>
  <form @submit.prevent="submit">
    <button data-cy="mitid-login" type="submit">Næste</button>
  </form>
</template>
`,
}, [['approved-text', 'Næste']]);
add(5, 'Vue script setup ts', 'a handler calling oidc signinRedirect with MitID acr_values', {
  'src/Oidc.vue': `<script setup lang="ts">
import { UserManager } from 'oidc-client-ts';
const userManager = new UserManager({ authority: 'https://auth.region.dk', client_id: 'web', redirect_uri: '/callback' });
async function start(): Promise<void> {
  await userManager.signinRedirect({ acr_values: 'urn:grn:authn:dk:mitid:substantial' });
}
</script>

<template>
  <button type="button" @click="start">Log ind</button>
</template>
`,
}, [['approved-text', '>Log ind<']]);
add(5, 'Svelte ts', 'on:click={startMitIdLogin}', {
  'src/Start.svelte': `<script lang="ts">
  export let startMitIdLogin: () => void;
</script>

<button type="button" on:click={startMitIdLogin}>Log ind</button>
`,
}, [['approved-text', '>Log ind<']]);
add(5, 'Svelte ts', 'a handler that builds an authorize URL with MitID acr_values', {
  'src/Broker.svelte': `<script lang="ts">
  const BROKER: string = 'https://login.region.dk';
  function go(): void {
    window.location.href = \`\${BROKER}/authorize?client_id=web&acr_values=urn:grn:authn:dk:mitid:substantial\`;
  }
</script>

<button type="button" on:click={go}>Fortsæt</button>
`,
}, [['approved-text', 'Fortsæt']]);
add(5, 'Angular inline', '(click)="mitid()"', {
  'src/app/next.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-next',
  template: \`<button type="button" (click)="mitid()">Videre</button>\`,
})
export class NextComponent {
  mitid(): void {}
}
`,
}, [['approved-text', 'Videre']]);
add(5, 'Angular templateUrl', "(click)=\"login()\" whose class method starts a MitID code flow (templateUrl reads its class)", {
  'src/app/signin/signin.component.html': `<div class="signin">
  <button type="button" class="btn" (click)="login()">Log ind</button>
</div>
`,
  'src/app/signin/signin.component.ts': `import { Component } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';

@Component({ selector: 'app-signin', templateUrl: './signin.component.html' })
export class SigninComponent {
  constructor(private readonly oauth: OAuthService) {}
  login(): void {
    this.oauth.initCodeFlow('', { acr_values: 'urn:grn:authn:dk:mitid:substantial' });
  }
}
`,
}, [['approved-text', 'Log ind']]);
add(5, 'Lit', '@click=${this.loginMitID}', {
  'src/x-start.ts': `import { LitElement, html } from 'lit';

export class XStart extends LitElement {
  render() {
    return html\`<button type="button" @click=\${this.loginMitID}>Log ind</button>\`;
  }
  loginMitID(): void {}
}
`,
}, [['approved-text', 'Log ind']]);
add(5, 'HTML', 'onclick="startMitIdLogin()"', {
  'public/start.html': `<!doctype html>
<html lang="da">
<body>
  <button type="button" onclick="startMitIdLogin()">Log ind</button>
</body>
</html>
`,
}, [['approved-text', 'Log ind']]);
add(5, 'HTML', 'a data-testid naming MitID on a link', {
  'public/link.html': `<!doctype html>
<html lang="da">
<body>
  <a href="/auth/start" data-testid="login-mitid">Log på</a>
</body>
</html>
`,
}, [['approved-text', 'Log på']]);
silent(5, 'React', 'a help disclosure whose handler names MitID help', {
  'src/HelpToggle.tsx': `import { useState } from 'react';

export function HelpToggle() {
  const [open, setOpen] = useState(false);
  const toggleMitIDHelp = () => setOpen(!open);
  return <button type="button" aria-expanded={open} onClick={toggleMitIDHelp}>Hjælp</button>;
}
`,
});
silent(5, 'Vue template', 'a remove handler naming MitID', {
  'src/Remove.vue': `<template>
  <button type="button" class="btn-link" @click="removeMitId">Fjern</button>
</template>
`,
});
silent(5, 'HTML', 'an info handler naming MitID', {
  'public/info.html': `<!doctype html>
<html lang="da">
<body>
  <button type="button" onclick="openMitidInfo()">Læs mere</button>
</body>
</html>
`,
});

// ---------------------------------------------------------------------------------------------
// 6. Imperative DOM text.
add(6, 'HTML', 'textContent on getElementById in an inline submit handler', {
  'public/form.html': `<!doctype html>
<html lang="da">
<body>
  <form action="/auth/mitid" method="post">
    <button type="submit" id="mitid-submit">Log ind med MitID</button>
  </form>
  <script>
    document.querySelector('form').addEventListener('submit', function () {
      document.getElementById('mitid-submit').textContent = 'Logger ind…';
    });
  </script>
</body>
</html>
`,
}, [['approved-text', "textContent = 'Logger ind…'"]]);
add(6, 'TypeScript', 'innerText on a variable from querySelector<HTMLButtonElement>', {
  'src/pending.ts': `const mitidButton = document.querySelector<HTMLButtonElement>('.btn-mitid');

export function showPending(): void {
  if (!mitidButton) return;
  mitidButton.disabled = true;
  mitidButton.innerText = 'Vent…';
}
`,
}, [['approved-text', "'Vent…'"]]);
add(6, 'JavaScript', 'innerHTML with a spinner on a data-testid lookup', {
  'src/spinner.js': `export function spin() {
  document.querySelector('[data-testid="mitid-login"]').innerHTML = '<span class="spinner-border spinner-border-sm"></span> Logger ind';
}
`,
}, [['approved-text', 'innerHTML']]);
add(6, 'JavaScript', 'insertAdjacentHTML appends an arrow', {
  'src/arrow.js': `const btn = document.getElementById('mitidLogin');
btn.insertAdjacentHTML('beforeend', ' <span aria-hidden="true">→</span>');
`,
}, [['approved-text', 'insertAdjacentHTML']]);
add(6, 'jQuery', ".text() on an id naming MitID", {
  'src/legacy.js': `$(function () {
  $('#mitid-login-btn').on('click', function () {
    $('#mitid-login-btn').text('Sender dig til MitID...');
  });
});
`,
}, [['approved-text', 'Sender dig til MitID...']]);
add(6, 'jQuery', ".html() on a variable holding the lookup", {
  'src/legacy2.js': `var $btn = $('.js-mitid-login');
$btn.on('click', function () {
  $btn.prop('disabled', true);
  $btn.html('<i class="fa fa-spinner fa-spin"></i> Et øjeblik');
});
`,
}, [['approved-text', 'Et øjeblik']]);
add(6, 'TypeScript', 'event.target in the click handler', {
  'src/cta.ts': `document.getElementById('mitid-cta')?.addEventListener('click', (event: MouseEvent) => {
  const button = event.target as HTMLButtonElement;
  button.textContent = 'Åbner…';
});
`,
}, [['approved-text', 'Åbner…']]);
add(6, 'JavaScript', 'this in a function handler', {
  'src/this.js': `const mitidBtn = document.getElementById('mitid-btn');
mitidBtn.addEventListener('click', function () {
  this.textContent = 'Vent';
});
`,
}, [['approved-text', "'Vent'"]]);
add(6, 'Svelte ts', "e.target's innerText in the click handler of a MitID button", {
  'src/Imperative.svelte': `<script lang="ts">
  function start(e: MouseEvent): void {
    (e.target as HTMLButtonElement).innerText = 'Logger ind…';
  }
</script>

<button type="button" id="mitid-login" on:click={start}>Log ind med MitID</button>
`,
}, [['approved-text', 'Logger ind…']]);
add(6, 'Lit', 'renderRoot.querySelector by an id naming MitID', {
  'src/x-imp.ts': `import { LitElement, html } from 'lit';

export class XImp extends LitElement {
  render() {
    return html\`<button id="mitid-btn" type="button" @click=\${this.go}>Log ind med MitID</button>\`;
  }
  go(): void {
    this.renderRoot.querySelector('#mitid-btn')!.textContent = 'Vent…';
  }
}
`,
}, [['approved-text', "'Vent…'"]]);
silent(6, 'JavaScript', 'a status line and a MitID help text written by script', {
  'src/status.js': `document.getElementById('login-status').textContent = 'Logger ind…';
document.querySelector('.mitid-help-text').textContent = 'Hvad er MitID?';
`,
});
silent(6, 'TypeScript', "a test file's fixture markup", {
  'src/login.spec.ts': `import { expect, it } from 'vitest';

it('renders the old text', () => {
  document.body.innerHTML = '<button id="mitid-login">Login with MitID</button>';
  expect(document.getElementById('mitid-login')!.textContent).toBe('Login with MitID');
});
`,
});

// ---------------------------------------------------------------------------------------------
// 7. Markup inside strings.
add(7, 'Express', 'res.send of a whole page in a template literal', {
  'server/routes.js': `app.get('/login', (req, res) => {
  res.send(\`<!doctype html>
<html lang="da">
<body>
  <main>
    <a class="btn" href="/auth/mitid">Log in with MitID</a>
  </main>
</body>
</html>\`);
});
`,
}, [['approved-text', 'Log in with MitID']]);
add(7, 'TypeScript', 'innerHTML = template with a ${href} hole', {
  'src/render.ts': `export function renderLogin(root: HTMLElement, href: string): void {
  root.innerHTML = \`
    <div class="login-card">
      <h2>Log ind</h2>
      <a class="mitid-btn" href="\${href}">Log ind med MitID →</a>
    </div>\`;
}
`,
}, [['approved-text', 'Log ind med MitID →']]);
add(7, 'JavaScript', 'a server render helper concatenating strings', {
  'server/views.js': `function loginForm() {
  return '<form method="post" action="/mitid/start">' +
    '<button type="submit">Log på med MitID</button>' +
    '</form>';
}
module.exports = { loginForm };
`,
}, [['approved-text', 'Log på med MitID']]);
add(7, 'JavaScript', 'a clickable div in an innerHTML string', {
  'src/div.js': `const container = document.getElementById('login');
container.innerHTML = '<div class="mitid-button" onclick="startLogin()">Log ind med MitID</div>';
`,
}, [['cta-element', 'mitid-button']]);
add(7, 'Svelte ts', 'a markup string in the script block', {
  'src/Tpl.svelte': `<script lang="ts">
  const tpl: string = \`<button type="button" class="mitid">Login med MitID</button>\`;
  export let host: HTMLElement;
  $: if (host) host.innerHTML = tpl;
</script>

<div bind:this={host}></div>
`,
}, [['approved-text', 'Login med MitID']]);
add(7, 'HTML', 'an inline script writing a link into #app', {
  'public/app.html': `<!doctype html>
<html lang="da">
<body>
  <div id="app"></div>
  <script>
    document.getElementById('app').innerHTML = '<a href="/auth/mitid">Login with MitID</a>';
  </script>
</body>
</html>
`,
}, [['approved-text', 'Login with MitID']]);
silent(7, 'TypeScript', 'a plain sentence and a toast with markup that is not a CTA', {
  'src/notice.ts': `declare function toast(html: string): void;
export const note = 'Brug MitID for at logge ind';
toast('<strong>MitID</strong> er midlertidigt utilgængeligt. Prøv igen om lidt.');
`,
});
silent(7, 'TypeScript', 'a test file asserting markup', {
  'src/render.test.ts': `import { expect, it } from 'vitest';
import { renderLogin } from './render';

it('renders the button', () => {
  const root = document.createElement('div');
  renderLogin(root, '/auth');
  expect(root.innerHTML).toContain('<button class="mitid">Login with MitID</button>');
});
`,
});

// ---------------------------------------------------------------------------------------------
// 8. Translations beyond t('key').
add(8, 'React', 'a dictionary in code indexed by language', {
  'src/DictButton.tsx': `const texts = {
  da: { loginWith: 'Login med' },
  en: { loginWith: 'Sign in with' },
};

export function DictButton({ lang }: { lang: 'da' | 'en' }) {
  return <button type="button">{\`\${texts[lang].loginWith} MitID\`}</button>;
}
`,
}, [['approved-text', ["'Login med'", "'Sign in with'", 'loginWith} MitID']]]);
add(8, 'React', 'an imported JSON dictionary', {
  'src/JsonButton.tsx': `import da from '../locales/da.json';

export const JsonButton = () => <button type="button">{da.login.mitid}</button>;
`,
  'locales/da.json': '{ "login": { "mitid": "Log ind med MitId" } }\n',
}, [['approved-text', 'da.login.mitid']]);
add(8, 'React', "an imported dictionary's path that names MitID, on a link", {
  'src/PathLink.tsx': `import t from './strings.json';

export const PathLink = () => <a href="/auth">{t.login.mitid}</a>;
`,
  'src/strings.json': '{ "login": { "mitid": "Sign in with MitID" } }\n',
}, [['approved-text', 't.login.mitid']]);
add(8, 'React', 'a ?? fallback one hop away', {
  'src/Fallback.tsx': `type Copy = { mitidCta?: string };

export function Fallback({ copy }: { copy?: Copy }) {
  const label = copy?.mitidCta ?? 'Log in with MitID';
  return <button type="button" className="btn-primary">{label}</button>;
}
`,
}, [['approved-text', 'Log in with MitID']]);
add(8, 'React', 'a custom Translate({ context, label }) helper configured in mitid.config.json', {
  'src/Custom.tsx': `import { Translate } from './i18n';

export const Custom = () => (
  <button type="button" className="btn-mitid">{Translate({ context: 'login', label: 'Login med MitID' })}</button>
);
`,
  'mitid.config.json': '{ "translationFunctions": ["t", { "name": "Translate", "property": "label", "text": true }] }\n',
}, [['approved-text', 'Translate({']]);
add(8, 'React', 'a buttonLabel prop on a childless LoginButton', {
  'src/Page.tsx': `import { LoginButton } from './LoginButton';

export const Page = ({ login }: { login: () => void }) => (
  <LoginButton buttonLabel="Login with MitID" onClick={login} />
);
`,
}, [['approved-text', 'buttonLabel']]);
add(8, 'React', 'a helper whose argument becomes the text', {
  'src/mount.ts': `import { createMitIDButton } from './mitid-button';

export function mount(container: HTMLElement, start: () => void): void {
  createMitIDButton(container, { label: 'Login with MitID', onClick: start });
}
`,
}, [['approved-text', 'Login with MitID']]);
add(8, 'React', 'react-intl defaultMessage', {
  'src/Intl.tsx': `import { useIntl } from 'react-intl';

export function Intl() {
  const intl = useIntl();
  return <button type="button">{intl.formatMessage({ id: 'auth.cta', defaultMessage: 'Log in with MitID' })}</button>;
}
`,
}, [['approved-text', 'defaultMessage']]);
add(8, 'React', 'an i18next namespace catalog in locales/da/auth.json', {
  'src/Ns.tsx': `import { useTranslation } from 'react-i18next';

export function Ns() {
  const { t } = useTranslation('auth');
  return <button type="button">{t('auth:mitid.button')}</button>;
}
`,
  'locales/da/auth.json': '{ "mitid": { "button": "Log på med MitID" } }\n',
}, [['approved-text', "t('auth:mitid.button')"]]);
add(8, 'Vue template', 'a :button-label="$t(...)" on a MitidButton component', {
  'src/Props.vue': `<template>
  <MitidButton :button-label="$t('login.cta')" @click="login" />
</template>

<script setup lang="ts">
import MitidButton from './MitidButton.vue';
const login = (): void => {};
</script>
`,
  'locales/da.json': '{ "login": { "cta": "Log på med MitID" } }\n',
}, [['approved-text', ':button-label']]);
add(8, 'Vue template', 'a label prop on an AppButton', {
  'src/Label.vue': `<template>
  <AppButton label="Continue with MitID" @click="login" />
</template>
`,
}, [['approved-text', 'Continue with MitID']]);
add(8, 'Angular templateUrl', "ngx-translate's pipe with src/assets/i18n/da.json", {
  'src/app/login/login.component.html': `<button type="button" class="btn" (click)="login()">{{ 'LOGIN.MITID' | translate }}</button>
`,
  'src/app/login/login.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-login', templateUrl: './login.component.html' })
export class LoginComponent {
  login(): void {}
}
`,
  'src/assets/i18n/da.json': '{ "LOGIN": { "MITID": "Log på med MitID" } }\n',
}, [['approved-text', 'LOGIN.MITID']]);
add(8, 'Svelte ts', '$t() with a locales/da.json catalog', {
  'src/I18n.svelte': `<script lang="ts">
  import { t } from '$lib/i18n';
  export let login: () => void;
</script>

<button type="button" on:click={login}>{$t('auth.mitid')}</button>
`,
  'locales/da.json': '{ "auth": { "mitid": "Login med MitID" } }\n',
}, [['approved-text', "$t('auth.mitid')"]]);
add(8, 'Lit', 'lit-localize msg()', {
  'src/x-msg.ts': `import { LitElement, html } from 'lit';
import { msg } from '@lit/localize';

export class XMsg extends LitElement {
  render() {
    return html\`<button type="button">\${msg('Log in with MitID', { id: 'login.mitid' })}</button>\`;
  }
}
`,
}, [['approved-text', 'msg(']]);
silent(8, 'React', "a catalog's other keys: a help link and a paragraph", {
  'src/Other.tsx': `import { useTranslation } from 'react-i18next';

export function Other() {
  const { t } = useTranslation();
  return (
    <div>
      <button type="button">{t('login.mitid')}</button>
      <a href="https://www.mitid.dk/">{t('login.help')}</a>
      <p>{t('login.intro')}</p>
    </div>
  );
}
`,
  'locales/da.json': '{ "login": { "mitid": "Log ind med MitID", "help": "Hvad er MitID?", "intro": "Du logger ind med MitID på næste side." } }\n',
});
silent(8, 'Vue template', 'a $t paragraph whose English text names MitID', {
  'src/Info.vue': `<template>
  <p class="lead">{{ $t('auth.info') }}</p>
</template>
`,
  'locales/en.json': '{ "auth": { "info": "Sign in with MitID to continue." } }\n',
});

// ---------------------------------------------------------------------------------------------
// 9. A broker library that renders unapproved text.
add(9, 'React', 'AuthMethodButton with a MitID acrValue', {
  'src/Broker.tsx': `import { AuthMethodButton } from '@criipto/verify-react';

export const Broker = () => (
  <div className="methods">
    <AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial" />
  </div>
);
`,
}, [['approved-text', '<AuthMethodButton', /Login with MitID/]]);
add(9, 'React', 'AuthMethodSelector in Danish with several acrValues', {
  'src/Selector.tsx': `import { AuthMethodSelector } from '@criipto/verify-react';

export const Selector = () => (
  <AuthMethodSelector acrValues={['urn:grn:authn:dk:mitid:substantial', 'urn:grn:authn:se:bankid:same-device']} language="da" />
);
`,
}, [['approved-text', '<AuthMethodSelector', /Login med MitID/]]);
add(9, 'React (JSX)', 'the acrValue in a const one hop away', {
  'src/Hop.jsx': `import { AuthMethodButton } from '@criipto/verify-react';

const ACR = 'urn:grn:authn:dk:mitid:low';

export const Hop = () => <AuthMethodButton acrValue={ACR} language="en" />;
`,
}, [['approved-text', '<AuthMethodButton', /Login with MitID/]]);
silent(9, 'React', 'MitID Erhverv, Swedish BankID, and approved children', {
  'src/BrokerOk.tsx': `import { AuthMethodButton } from '@criipto/verify-react';

export const BrokerOk = () => (
  <div>
    <AuthMethodButton acrValue="urn:grn:authn:dk:mitid:business" />
    <AuthMethodButton acrValue="urn:grn:authn:se:bankid:same-device" />
    <AuthMethodButton acrValue="urn:grn:authn:dk:mitid:substantial">Log ind med MitID</AuthMethodButton>
  </div>
);
`,
});

// ---------------------------------------------------------------------------------------------
// 10. CSS the checker misses.
const css = (fw: string, name: string, files: Record<string, string>, at: string[]): void =>
  add(10, fw, name, files, at.map((a) => ['button-style', a] as Want));

css('SCSS', 'a compound nested with &.', {
  'src/eid.scss': `.eid-btn {
  display: inline-flex;
  &.eid-btn--dk-mitid {
    background-color: #0052cc;
  }
}
`,
}, ['#0052cc']);
css('CSS', 'a base class whose MitID modifier sits beside another, compliant MitID rule', {
  'src/auth.css': `.auth-btn { height: 44px; border-radius: 6px; }
.auth-btn--mitid { background: #0060e6; color: #fff; }
.btn-mitid-small { background: #0060e6; color: #ffffff; height: 48px; }
`,
}, ['height: 44px']);
css('Less', 'a Less variable declared once', {
  'src/login.less': `@brand: #0b5ed7;
.mitid-login-btn {
  background: @brand;
  color: #fff;
}
`,
}, ['background: @brand']);
css('CSS modules', 'styles.mitIDButton in Login.module.css', {
  'src/Login.module.css': `.mitIDButton {
  background: #0060e6;
  color: #fff;
  height: 40px;
}
`,
  'src/Login.tsx': `import styles from './Login.module.css';

export const Login = () => <button type="button" className={styles.mitIDButton}>Log ind med MitID</button>;
`,
}, ['src/Login.module.css::height: 40px']);
css('CSS', 'hover turns green, focus-visible rotates the hue', {
  'src/states.css': `.btn-mitid { background: #0060e6; color: #fff; }
.btn-mitid:hover { background-color: #16a34a; }
.btn-mitid:focus-visible { filter: hue-rotate(120deg); }
`,
}, ['#16a34a', 'hue-rotate']);
css('styled-components', "the button's &:hover turns red", {
  'src/MitIDLoginButton.tsx': `import styled from 'styled-components';

export const MitIDLoginButton = styled.button\`
  background: #0060e6;
  color: #fff;
  height: 48px;
  &:hover {
    background: #c8102e;
  }
\`;
`,
}, ['#c8102e']);
css('emotion', 'css`` named for the MitID button', {
  'src/styles.ts': `import { css } from '@emotion/react';

export const mitidButton = css\`
  background: #0060e6;
  text-transform: uppercase;
\`;
`,
}, ['text-transform']);
css('Angular styles', 'styles: [`...`] in @Component', {
  'src/app/login.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-login',
  template: \`<button type="button" class="mitid-login" (click)="login()">Log ind med MitID</button>\`,
  styles: [\`
    .mitid-login { background: #0073cf; color: #fff; }
  \`],
})
export class LoginComponent {
  login(): void {}
}
`,
}, ['#0073cf']);
css('Angular styleUrl', 'the component .scss with :host', {
  'src/app/mitid/mitid.component.scss': `:host .btn-mitid {
  font-family: Roboto, sans-serif;
}
`,
  'src/app/mitid/mitid.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-mitid', template: '<a class="btn-mitid" href="/auth">Log ind med MitID</a>', styleUrl: './mitid.component.scss' })
export class MitidComponent {}
`,
}, ['src/app/mitid/mitid.component.scss::Roboto']);
css('Tailwind clsx', 'bg-[#0061af] in clsx()', {
  'src/Tw.tsx': `import clsx from 'clsx';

export const Tw = ({ pending }: { pending: boolean }) => (
  <button type="button" className={clsx('inline-flex h-12 items-center bg-[#0061af] text-white', pending && 'opacity-60')}>
    Log ind med MitID
  </button>
);
`,
}, ['bg-[#0061af]']);
css('Tailwind template literal', 'h-[44px] in a className template literal', {
  'src/TwTpl.tsx': `const base = 'inline-flex items-center text-white bg-[#0060e6]';

export const TwTpl = () => (
  <a href="/auth/mitid" className={\`\${base} h-[44px] rounded\`}>Log ind med MitID</a>
);
`,
}, ['h-[44px]']);
css('Tailwind cn', 'hover to another hue in cn()', {
  'src/TwCn.tsx': `import { cn } from '@/lib/utils';

export const TwCn = ({ className }: { className?: string }) => (
  <button type="button" className={cn('h-12 bg-[#0060e6] text-white hover:bg-[#7c3aed]', className)}>Log ind med MitID</button>
);
`,
}, ['hover:bg-[#7c3aed]']);
css('Vue :class', 'an array binding with an arbitrary blue', {
  'src/TwVue.vue': `<template>
  <button type="button" :class="['h-12', 'text-white', 'bg-[#1d4ed8]']" @click="login">Log ind med MitID</button>
</template>
`,
}, ['bg-[#1d4ed8]']);
css('Vue <style scoped lang="scss">', 'an SCSS variable', {
  'src/Styled.vue': `<template>
  <button type="button" class="mitid-button" @click="login">Log ind med MitID</button>
</template>

<style scoped lang="scss">
$blue: #0a58ca;
.mitid-button {
  background: $blue;
}
</style>
`,
}, ['background: $blue']);
css('Svelte <style>', 'black text on the MitID button', {
  'src/StyledBtn.svelte': `<button type="button" class="mitid-btn">Log ind med MitID</button>

<style>
  .mitid-btn {
    background: #0060e6;
    color: #000;
  }
</style>
`,
}, ['color: #000']);
css('Tailwind @apply', 'an arbitrary blue applied in CSS', {
  'src/tw.css': `.mitid-cta {
  @apply bg-[#0061af] h-12 text-white;
}
`,
}, ['bg-[#0061af]']);
silent(10, 'CSS', 'the logo, a darker hover, a focus ring and a help toggle', {
  'src/ok.css': `.mitid-logo { height: 24px; width: auto; }
.btn-mitid { background: #0060e6; color: #fff; height: 48px; }
.btn-mitid:hover { background: #0050c0; }
.btn-mitid:focus-visible { outline: 3px solid #003d99; outline-offset: 2px; }
.mitid-help-toggle { background: transparent; color: #0060e6; height: auto; }
`,
});
silent(10, 'Tailwind', 'compliant classes with a darker hover', {
  'src/TwOk.tsx': `export const TwOk = () => (
  <button type="button" className="h-12 bg-[#0060e6] hover:bg-[#0050c0] text-white rounded pl-4 pr-3 py-1">Log ind med MitID</button>
);
`,
});

// ---------------------------------------------------------------------------------------------
// The issue's list of false positives on ordinary code: each stays silent.
const fp = (fw: string, name: string, files: Record<string, string>): void => silent(0, fw, name, files);
fp('React', 'aria-label="Luk MitID-hjælp" with ×', {
  'src/Close.tsx': `export const Close = ({ close }: { close: () => void }) => (
  <button type="button" className="icon-btn" aria-label="Luk MitID-hjælp" onClick={close}>×</button>
);
`,
});
fp('Vue template', 'aria-label="Hjælp til MitID" with ?', {
  'src/HelpQ.vue': `<template>
  <button type="button" aria-label="Hjælp til MitID" @click="open = !open">?</button>
</template>
`,
});
fp('Svelte', 'aria-label="Hjælp til MitID" with ?', {
  'src/HelpQ.svelte': `<script lang="ts">
  let open: boolean = false;
</script>

<button type="button" aria-label="Hjælp til MitID" on:click={() => (open = !open)}>?</button>
`,
});
fp('HTML', 'class="mitid-help-toggle" "Hjælp"', {
  'public/help.html': `<!doctype html>
<html lang="da">
<body>
  <button type="button" class="mitid-help-toggle" aria-controls="mitid-help">Hjælp</button>
  <div id="mitid-help" hidden>MitID er Danmarks digitale ID.</div>
</body>
</html>
`,
});
fp('Angular inline', 'class="mitid-faq-toggle" "Spørgsmål om MitID"', {
  'src/app/faq.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-faq',
  template: \`<button type="button" class="mitid-faq-toggle" (click)="toggle()">Spørgsmål om MitID</button>\`,
})
export class FaqComponent {
  toggle(): void {}
}
`,
});
fp('Lit', 'class="mitid-faq-toggle" "Spørgsmål om MitID"', {
  'src/x-faq.ts': `import { html } from 'lit';
export const faq = (toggle: () => void) => html\`<button type="button" class="mitid-faq-toggle" @click=\${toggle}>Spørgsmål om MitID</button>\`;
`,
});
fp('React', 'className="btn-mitid-help" "Hvad er MitID?" on a transparent button', {
  'src/WhatIs.tsx': `export const WhatIs = ({ open }: { open: () => void }) => (
  <button
    type="button"
    className="btn-mitid-help"
    style={{ background: 'transparent', border: 0, color: '#0060e6', height: 'auto', padding: 0 }}
    onClick={open}
  >
    Hvad er MitID?
  </button>
);
`,
});
fp('CSS', 'the transparent .btn-mitid-help rule', {
  'src/help.css': `.btn-mitid-help {
  background: transparent;
  color: #0060e6;
  height: auto;
  padding: 0;
  text-decoration: underline;
}
`,
});
fp('React', 'a settings page: data-method row, "Fjern", "Fjern MitID", a switch', {
  'src/Settings.tsx': `export function Settings({ enabled, toggle, remove }: { enabled: boolean; toggle: () => void; remove: (m: string) => void }) {
  return (
    <section>
      <h2>Loginmetoder</h2>
      <ul>
        <li data-method="mitid">
          <span>MitID</span>
          <button type="button" id="mitid-remove" onClick={() => remove('mitid')}>Fjern</button>
        </li>
      </ul>
      <button type="button" className="btn-link" onClick={() => remove('mitid')}>Fjern MitID</button>
      <button type="button" role="switch" aria-checked={enabled} onClick={toggle}>Aktivér MitID-login</button>
    </section>
  );
}
`,
});
fp('Vue template', 'a settings page: data-method row, "Fjern", a switch', {
  'src/Settings.vue': `<template>
  <table class="methods">
    <tr data-method="mitid">
      <td>MitID</td>
      <td><button type="button" id="mitid-remove" @click="remove('mitid')">Fjern</button></td>
    </tr>
  </table>
  <button type="button" role="switch" :aria-checked="enabled" @click="enabled = !enabled">Aktivér MitID-login</button>
</template>
`,
});
fp('Angular templateUrl', 'a settings page: "Fjern MitID" and a switch', {
  'src/app/settings/settings.component.html': `<h2>Sikkerhed</h2>
<button type="button" class="btn btn-outline-danger" (click)="removeMitId()">Fjern MitID</button>
<button type="button" role="switch" [attr.aria-checked]="enabled" (click)="toggle()">Aktivér MitID-login</button>
`,
  'src/app/settings/settings.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-settings', templateUrl: './settings.component.html' })
export class SettingsComponent {
  enabled = false;
  removeMitId(): void {}
  toggle(): void { this.enabled = !this.enabled; }
}
`,
});
fp('HTML', 'a settings page with a data-method chip', {
  'public/settings.html': `<!doctype html>
<html lang="da">
<body>
  <div class="method" data-method="mitid"><strong>MitID</strong> er tilknyttet din konto.</div>
  <button type="button" id="mitid-remove">Fjern</button>
</body>
</html>
`,
});
fp('React', 'a test file asserting the phrase and an old string', {
  'src/LoginButton.test.tsx': `import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { LoginButton } from './LoginButton';

it('shows the MitID phrase', () => {
  render(<LoginButton state="idle" />);
  expect(screen.getByRole('button')).toHaveTextContent('Log ind med MitID');
  expect(screen.queryByText('Login with MitID')).toBeNull();
});
`,
});

// ---------------------------------------------------------------------------------------------
// Harder variants: other nesting, state held in hooks, functions, lists of providers.
add(1, 'React', 'a useState label the click handler overwrites', {
  'src/StateLabel.tsx': `import { useState } from 'react';

export function StateLabel() {
  const [label, setLabel] = useState('Log ind med MitID');
  const start = () => {
    setLabel('Omdirigerer til MitID…');
    window.location.assign('/auth/mitid');
  };
  return <button type="button" onClick={start}>{label}</button>;
}
`,
}, [['approved-text', ["'Omdirigerer til MitID…'", '{label}']]]);
add(1, 'React', 'a label function with a switch over the status', {
  'src/Switch.tsx': `type Status = 'idle' | 'loading' | 'error';

function labelFor(status: Status): string {
  switch (status) {
    case 'loading':
      return 'Logger ind…';
    case 'error':
      return 'Noget gik galt';
    default:
      return 'Log ind med MitID';
  }
}

export const Switch = ({ status }: { status: Status }) => <button type="submit">{labelFor(status)}</button>;
`,
}, [['approved-text', ['Logger ind…', 'labelFor(status)}']], ['approved-text', ['Noget gik galt', 'labelFor(status)}']]]);
add(1, 'React', 'two && branches side by side', {
  'src/AndAnd.tsx': `export const AndAnd = ({ loading }: { loading: boolean }) => (
  <button type="button" disabled={loading}>
    {loading && 'Vent…'}
    {!loading && 'Godkend med MitID'}
  </button>
);
`,
}, [['approved-text', "'Vent…'"]]);
add(1, 'React Native', 'an ActivityIndicator-only branch', {
  'src/Indicator.tsx': `import { ActivityIndicator, Pressable, Text } from 'react-native';

export const Indicator = ({ loading, onPress }: { loading: boolean; onPress: () => void }) => (
  <Pressable onPress={onPress}>
    {loading ? <ActivityIndicator color="#ffffff" /> : <Text>Log ind med MitID</Text>}
  </Pressable>
);
`,
}, [['approved-text', ['<ActivityIndicator', '<Pressable']]]);
add(1, 'Vue template', 'a key ternary inside $t()', {
  'src/KeyTernary.vue': `<template>
  <button type="button" @click="go">{{ $t(loading ? 'auth.wait' : 'auth.mitid') }}</button>
</template>
`,
  'locales/da.json': '{ "auth": { "wait": "Vent venligst", "mitid": "Log ind med MitID" } }\n',
}, [['approved-text', '$t(loading']]);
add(1, 'Vue template', 'a v-text ternary', {
  'src/VText.vue': `<template>
  <button type="button" class="btn" v-text="busy ? 'Vent…' : 'Bekræft med MitID'" @click="confirm"></button>
</template>
`,
}, [['approved-text', 'v-text']]);
add(1, 'Svelte', 'Svelte 5 runes with an {#if} (no lang)', {
  'src/Runes.svelte': `<script>
  let busy = $state(false);
  function go() { busy = true; location.assign('/auth/mitid'); }
</script>

<button type="button" onclick={go}>
  {#if busy}Sender…{:else}Log ind med MitID{/if}
</button>
`,
}, [['approved-text', '{#if busy}']]);
add(1, 'Angular inline', 'a ternary in an interpolation', {
  'src/app/tern.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-tern',
  template: \`<button type="button" (click)="go()">{{ busy ? 'Vent…' : 'Log ind med MitID' }}</button>\`,
})
export class TernComponent {
  busy = false;
  go(): void { this.busy = true; }
}
`,
}, [['approved-text', '<button']]);
add(1, 'Lit', "the when() directive", {
  'src/x-when.ts': `import { LitElement, html } from 'lit';
import { when } from 'lit/directives/when.js';

export class XWhen extends LitElement {
  busy = false;
  render() {
    return html\`<button type="button">\${when(this.busy, () => html\`Vent…\`, () => html\`Log ind med MitID\`)}</button>\`;
  }
}
`,
}, [['approved-text', '<button']]);

near('React', 'trailing words "Log ind med MitID eller NemID"', 'src/Trailing.tsx', `export const Trailing = () => <a href="/auth">Log ind med MitID eller NemID</a>;
`, 'eller NemID');
near('React Native', 'a TouchableOpacity with "Fortsæt med MitID"', 'src/Touch.tsx', `import { Text, TouchableOpacity } from 'react-native';

export const Touch = ({ go }: { go: () => void }) => (
  <TouchableOpacity onPress={go}>
    <Text>Fortsæt med MitID</Text>
  </TouchableOpacity>
);
`, 'Fortsæt med MitID');
near('React', '"Connect your MitID" (the Solid case, in React)', 'src/ConnectReact.tsx', `export const ConnectReact = ({ connect }: { connect: () => void }) => (
  <button type="button" onClick={connect}>Connect your MitID</button>
);
`, 'Connect your MitID');
near('Vue template', "a Quasar q-btn's label prop", 'src/Quasar.vue', `<template>
  <q-btn color="primary" label="Fortsæt med MitID" @click="login" />
</template>
`, 'Fortsæt med MitID');
near('Svelte', 'a design-system Button component', 'src/Ds.svelte', `<script>
  import Button from '$lib/components/Button.svelte';
</script>

<Button variant="primary" on:click={() => location.assign('/auth')}>Sign In with MitID</Button>
`, 'Sign In with MitID');
near('HTML', 'an input type=submit value', 'public/submit.html', `<!doctype html>
<html lang="da">
<body>
  <form method="post" action="/login">
    <input type="submit" class="btn" value="Fortsæt med MitID">
  </form>
</body>
</html>
`, 'Fortsæt med MitID');
near('Lit', "a Material mwc-button's label", 'src/x-mwc.ts', `import { html } from 'lit';
export const mwc = () => html\`<mwc-button raised label="Continue with MitID"></mwc-button>\`;
`, 'Continue with MitID');
silent(2, 'React', 'a tab, an option and a welcome heading', {
  'src/Tabs.tsx': `export const Tabs = ({ method, pick }: { method: string; pick: (m: string) => void }) => (
  <div>
    <h1>Velkommen til MitID</h1>
    <div role="tablist">
      <button type="button" role="tab" aria-selected={method === 'mitid'} onClick={() => pick('mitid')}>MitID</button>
      <button type="button" role="tab" aria-selected={method === 'key'} onClick={() => pick('key')}>Nøglekort</button>
    </div>
    <select><option value="mitid">MitID</option></select>
  </div>
);
`,
});

add(3, 'Vue template', 'sm:hidden short form beside the long form', {
  'src/Short.vue': `<template>
  <a href="/auth/mitid" class="btn">
    <span class="sm:hidden">Log ind</span><span class="hidden sm:inline">Log ind med MitID</span>
  </a>
</template>
`,
}, [['approved-text', 'sm:hidden', /"Log ind"/]]);
add(3, 'React', 'the phrase only in sr-only, beside the logo', {
  'src/SrOnly.tsx': `import logo from './mitid.svg';

export const SrOnly = () => (
  <button type="button" className="btn-mitid">
    <img src={logo} alt="" />
    <span className="sr-only">Log ind med MitID</span>
  </button>
);
`,
}, [['approved-text', ['<button', '<img']]], { count: 1 });
add(3, 'Angular templateUrl', 'a nested <strong>MitId</strong>', {
  'src/app/strong/strong.component.html': `<a routerLink="/mitid" class="btn">Log ind med <strong>MitId</strong></a>
`,
  'src/app/strong/strong.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-strong', templateUrl: './strong.component.html' })
export class StrongComponent {}
`,
}, [['approved-text', 'MitId']]);

add(4, 'React', 'a self-closing button with only an aria-label', {
  'src/Empty.tsx': `export const Empty = ({ go }: { go: () => void }) => (
  <button type="button" className="mitid-btn" aria-label="Log ind med MitID" onClick={go} />
);
`,
}, [['approved-text', ['<button', 'aria-label']]], { count: 1 });
add(4, 'HTML', 'an icon font <i> in a MitID-classed submit', {
  'public/icon.html': `<!doctype html>
<html lang="da">
<body>
  <form action="/auth/mitid"><button class="mitid-login" type="submit"><i class="icon-mitid"></i></button></form>
</body>
</html>
`,
}, [['approved-text', '<button']], { count: 1 });
add(4, 'Svelte', 'a logo component and an aria-label (no lang)', {
  'src/LogoComp.svelte': `<script>
  import MitIDLogo from './MitIDLogo.svelte';
</script>

<a href="/auth/mitid" aria-label="MitID"><MitIDLogo /></a>
`,
}, [['approved-text', '<a href']], { count: 1 });
add(4, 'Angular templateUrl', 'an img whose alt is the only name', {
  'src/app/alt/alt.component.html': `<button type="button" (click)="login()"><img src="assets/img/mitid-logo.svg" alt="Log ind med MitID"></button>
`,
  'src/app/alt/alt.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-alt', templateUrl: './alt.component.html' })
export class AltComponent {
  login(): void {}
}
`,
}, [['approved-text', '<button']], { count: 1 });
add(4, 'Lit', 'an inline <svg> only', {
  'src/x-svg.ts': `import { html } from 'lit';
export const svgOnly = () => html\`<a href="/auth/mitid" class="btn-mitid"><svg viewBox="0 0 80 20" aria-hidden="true"><path d="M0 0h80v20H0z" /></svg></a>\`;
`,
}, [['approved-text', '<a href']], { count: 1 });

add(5, 'React', 'a link straight to a broker authorize URL', {
  'src/Href.tsx': `export const Href = () => (
  <a className="btn" href="https://netseidbroker.dk/op/connect/authorize?client_id=web&response_type=code&scope=openid">Log ind</a>
);
`,
}, [['approved-text', 'Log ind']]);
add(5, 'React', 'Auth0 loginWithRedirect with MitID acr_values', {
  'src/Auth0.tsx': `import { useAuth0 } from '@auth0/auth0-react';

export function Auth0() {
  const { loginWithRedirect } = useAuth0();
  return (
    <button type="button" onClick={() => loginWithRedirect({ authorizationParams: { acr_values: 'urn:grn:authn:dk:mitid:low' } })}>
      Log ind
    </button>
  );
}
`,
}, [['approved-text', ['Log ind', '<button']]]);
add(5, 'React', "signIn.social({ provider: 'mitid' })", {
  'src/Social.tsx': `import { authClient } from '@/lib/auth-client';

export const Social = () => (
  <button type="button" onClick={() => authClient.signIn.social({ provider: 'mitid', callbackURL: '/' })}>Fortsæt</button>
);
`,
}, [['approved-text', 'Fortsæt']]);
add(5, 'Vue template', 'an inline @click with MitID acrValues', {
  'src/InlineAcr.vue': `<template>
  <button type="button" @click="auth.login({ acrValues: 'urn:grn:authn:dk:mitid:substantial' })">Log ind</button>
</template>
`,
}, [['approved-text', '<button']]);
add(5, 'Angular inline', "(click)=\"auth.login('mitid')\"", {
  'src/app/scheme.component.ts': `import { Component } from '@angular/core';
import { AuthService } from './auth.service';

@Component({
  selector: 'app-scheme',
  template: \`<button type="button" (click)="auth.login('mitid')">Log på</button>\`,
})
export class SchemeComponent {
  constructor(readonly auth: AuthService) {}
}
`,
}, [['approved-text', 'Log på']]);
add(5, 'HTML', 'a form posting to an authorize URL with MitID acr_values', {
  'public/post.html': `<!doctype html>
<html lang="da">
<body>
  <form method="get" action="https://login.kommune.dk/oauth2/authorize">
    <input type="hidden" name="acr_values" value="urn:grn:authn:dk:mitid:substantial">
    <button type="submit">Fortsæt</button>
  </form>
</body>
</html>
`,
}, [['approved-text', 'Fortsæt']]);
add(5, 'Svelte', 'a handler building an authorize URL (no lang, twin of the ts case)', {
  'src/BrokerJs.svelte': `<script>
  const BROKER = 'https://login.region.dk';
  function go() {
    window.location.href = \`\${BROKER}/authorize?client_id=web&acr_values=urn:grn:authn:dk:mitid:substantial\`;
  }
</script>

<button type="button" on:click={go}>Fortsæt</button>
`,
}, [['approved-text', 'Fortsæt']]);
silent(5, 'React', 'a data-testid naming MitID help', {
  'src/TestIdHelp.tsx': `export const TestIdHelp = () => (
  <a href="/hjaelp" data-testid="mitid-help-link">Hjælp</a>
);
`,
});

add(6, 'Svelte', "e.target's innerText (no lang, twin of the ts case)", {
  'src/ImperativeJs.svelte': `<script>
  function start(e) {
    e.target.innerText = 'Logger ind…';
  }
</script>

<button type="button" id="mitid-login" on:click={start}>Log ind med MitID</button>
`,
}, [['approved-text', 'Logger ind…']]);
add(6, 'Angular', 'getElementById in a component method', {
  'src/app/imp.component.ts': `import { Component } from '@angular/core';

@Component({ selector: 'app-imp', template: '<button id="mitid-login" type="button" (click)="go()">Log ind med MitID</button>' })
export class ImpComponent {
  go(): void {
    document.getElementById('mitid-login')!.textContent = 'Vent…';
  }
}
`,
}, [['approved-text', "'Vent…'"]]);
add(6, 'jQuery', '$(this).text() in the click handler', {
  'src/this-jq.js': `$('.btn-mitid').on('click', function () {
  $(this).text('Vent…');
});
`,
}, [['approved-text', "'Vent…'"]]);
add(6, 'HTML', 'a spinner-only innerHTML in an inline script', {
  'public/spin.html': `<!doctype html>
<html lang="da">
<body>
  <button type="button" id="mitid-btn" onclick="this.disabled = true; this.innerHTML = '<span class=&quot;spinner&quot;></span>';">Log ind med MitID</button>
  <script>
    document.getElementById('mitid-btn').addEventListener('click', () => {
      document.getElementById('mitid-btn').innerHTML = '<span class="spinner"></span>';
    });
  </script>
</body>
</html>
`,
}, [['approved-text', ["innerHTML = '<span class=\"spinner\"></span>'", 'onclick=']]]);
silent(6, 'TypeScript', 'attributes and the approved phrase written by script', {
  'src/ok-imp.ts': `const btn = document.querySelector<HTMLButtonElement>('#mitid-login')!;
btn.setAttribute('aria-busy', 'true');
btn.textContent = 'Log ind med MitID';
`,
});

add(7, 'Fastify', 'reply.send of a button whose class names MitID', {
  'server/app.ts': `import Fastify from 'fastify';
const app = Fastify();
app.get('/', async (_req, reply) => reply.type('text/html').send('<button class="btn-mitid" type="submit">Log ind</button>'));
`,
}, [['approved-text', 'btn-mitid']]);
add(7, 'JavaScript', 'insertAdjacentHTML of a broker link', {
  'src/adjacent.js': `document.body.insertAdjacentHTML('beforeend', '<a href="https://netseidbroker.dk/op/connect/authorize?client_id=web">Log ind</a>');
`,
}, [['approved-text', 'insertAdjacentHTML']]);
add(7, 'TypeScript', 'a logo-only link in a template string', {
  'src/logo-str.ts': `export const logoLink = (href: string): string => \`<a class="mitid-link" href="\${href}"><img src="/mitid.svg" alt=""></a>\`;
`,
}, [['approved-text', 'mitid-link']], { count: 1 });

add(8, 'Vue script setup ts', "useI18n's t() and locales/en.json", {
  'src/UseI18n.vue': `<script setup lang="ts">
import { useI18n } from 'vue-i18n';
const { t } = useI18n();
</script>

<template>
  <button type="button" class="btn-mitid">{{ t('login.mitid') }}</button>
</template>
`,
  'locales/en.json': '{ "login": { "mitid": "Sign in with MitID" } }\n',
}, [['approved-text', "t('login.mitid')"]]);
add(8, 'Angular templateUrl', 'a catalog text "Log ind" on a MitID-classed button', {
  'src/app/cls/cls.component.html': `<button type="button" class="btn-mitid" (click)="go()">{{ 'auth.login' | translate }}</button>
`,
  'src/app/cls/cls.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-cls', templateUrl: './cls.component.html' })
export class ClsComponent {
  go(): void {}
}
`,
  'src/assets/i18n/da.json': '{ "auth": { "login": "Log ind" } }\n',
}, [['approved-text', 'auth.login']]);
add(8, 'React', "gettext __() source text", {
  'src/Gettext.tsx': `import { __ } from '@wordpress/i18n';

export const Gettext = () => <a className="btn" href="/auth/mitid">{__('Log på med MitID', 'my-plugin')}</a>;
`,
}, [['approved-text', '__(']]);
add(8, 'React', 'an || fallback', {
  'src/Or.tsx': `export const Or = ({ labels }: { labels?: { mitid?: string } }) => (
  <button type="button">{labels?.mitid || 'Login med MitID'}</button>
);
`,
}, [['approved-text', 'Login med MitID']]);
add(8, 'React', 'a text= prop on MitIdLoginButton', {
  'src/TextProp.tsx': `import { MitIdLoginButton } from './MitIdLoginButton';

export const TextProp = () => <MitIdLoginButton text="Log ind" />;
`,
}, [['approved-text', 'text="Log ind"']]);
add(8, 'Svelte', 'a label prop on a MitIDButton component', {
  'src/LabelProp.svelte': `<script>
  import MitIDButton from './MitIDButton.svelte';
</script>

<MitIDButton label="Log in with MitID" />
`,
}, [['approved-text', 'Log in with MitID', /Log in with MitID/]]);
add(8, 'Angular inline', 'a [label] bound to the translate pipe on app-mitid-button', {
  'src/app/bound.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-bound',
  template: \`<app-mitid-button [label]="'LOGIN.CTA' | translate"></app-mitid-button>\`,
})
export class BoundComponent {}
`,
  'src/assets/i18n/da.json': '{ "LOGIN": { "CTA": "Login med MitID" } }\n',
}, [['approved-text', 'LOGIN.CTA']]);
add(8, 'HTML', 'renderMitIDButton() in an inline script', {
  'public/helper.html': `<!doctype html>
<html lang="da">
<body>
  <div id="login"></div>
  <script>
    renderMitIDButton(document.getElementById('login'), 'Log ind med MitId');
  </script>
</body>
</html>
`,
}, [['approved-text', 'renderMitIDButton(']]);
silent(8, 'React', 'a compliant label prop and a catalog error text in a paragraph', {
  'src/OkProps.tsx': `import { useTranslation } from 'react-i18next';
import { MitIDButton } from './MitIDButton';

export function OkProps() {
  const { t } = useTranslation();
  return (
    <div>
      <MitIDButton label="Log ind med MitID" />
      <p role="alert">{t('login.mitidError')}</p>
    </div>
  );
}
`,
  'locales/da.json': '{ "login": { "mitidError": "MitID er ikke tilgængeligt lige nu." } }\n',
});

// Buttons rendered per item of a data list.
add(2, 'React', 'providers.map(): a list item whose label names MitID', {
  'src/Providers.tsx': `const providers = [
  { id: 'mitid', label: 'Login with MitID' },
  { id: 'google', label: 'Google' },
];

export const Providers = ({ login }: { login: (id: string) => void }) => (
  <div>
    {providers.map((p) => (
      <button key={p.id} type="button" onClick={() => login(p.id)}>{p.label}</button>
    ))}
  </div>
);
`,
}, [['approved-text', ["'Login with MitID'", '{p.label}']]]);
add(2, 'Vue template', 'v-for over providers declared in script setup', {
  'src/VFor.vue': `<script setup lang="ts">
const providers = [
  { id: 'mitid', label: 'Fortsæt med MitID' },
  { id: 'email', label: 'E-mail' },
];
</script>

<template>
  <button v-for="p in providers" :key="p.id" type="button">{{ p.label }}</button>
</template>
`,
}, [['approved-text', ["'Fortsæt med MitID'", '{{ p.label }}']]]);
add(2, 'Svelte', '{#each} over providers', {
  'src/Each.svelte': `<script>
  const providers = [
    { id: 'mitid', label: 'Login med MitID' },
    { id: 'email', label: 'E-mail' },
  ];
</script>

{#each providers as p (p.id)}
  <button type="button">{p.label}</button>
{/each}
`,
}, [['approved-text', ["'Login med MitID'", '{p.label}']]]);
add(2, 'Angular inline', '@for over providers of the class', {
  'src/app/for.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-for',
  template: \`
    @for (p of providers; track p.id) {
      <button type="button" (click)="login(p.id)">{{ p.label }}</button>
    }
  \`,
})
export class ForComponent {
  providers = [
    { id: 'mitid', label: 'Sign in with MitID' },
    { id: 'email', label: 'E-mail' },
  ];
  login(id: string): void {}
}
`,
}, [['approved-text', ["'Sign in with MitID'", '{{ p.label }}']]]);
add(9, 'React', 'AuthMethodButton per item of a list of acr values', {
  'src/Methods.tsx': `import { AuthMethodButton } from '@criipto/verify-react';

const methods = ['urn:grn:authn:dk:mitid:substantial', 'urn:grn:authn:no:bankid'];

export const Methods = () => (
  <div>
    {methods.map((acr) => <AuthMethodButton key={acr} acrValue={acr} />)}
  </div>
);
`,
}, [['approved-text', '<AuthMethodButton', /Login with MitID/]]);
silent(9, 'React', 'an AuthMethodSelector with Swedish BankID only', {
  'src/Se.tsx': `import { AuthMethodSelector } from '@criipto/verify-react';
export const Se = () => <AuthMethodSelector acrValues={['urn:grn:authn:se:bankid:same-device']} />;
`,
});

css('SCSS', 'a BEM &--mitid modifier nested in its block', {
  'src/bem.scss': `.btn {
  height: 48px;
  &--mitid {
    background: #1b66c9;
    color: #fff;
  }
}
`,
}, ['#1b66c9']);
css('styled-components', 'styled(Button) named MitIdButton', {
  'src/MitIdButton.tsx': `import styled from 'styled-components';
import { Button } from './Button';

export const MitIdButton = styled(Button)\`
  height: 40px;
\`;
`,
}, ['height: 40px']);
css('CSS modules (SCSS)', 'a hover to orange in Login.module.scss', {
  'src/Login.module.scss': `.mitidBtn {
  background: #0060e6;
  &:hover {
    background: #ff6600;
  }
}
`,
}, ['#ff6600']);
css('CSS', 'hover brightness above 1 and a yellow focus', {
  'src/bright.css': `.mitid-button:hover { filter: brightness(1.3); }
.mitid-button:focus { background: #ffcc00; }
`,
}, ['brightness(1.3)', '#ffcc00']);
css('Tailwind', 'uppercase on a Vue MitID button', {
  'src/Upper.vue': `<template>
  <button type="button" class="h-12 bg-[#0060e6] text-white uppercase">Log ind med MitID</button>
</template>
`,
}, ['uppercase']);
css('Tailwind', 'rounded-[50%] in a Svelte class', {
  'src/Round.svelte': `<a href="/auth/mitid" class="h-12 bg-[#0060e6] text-white rounded-[50%]">Log ind med MitID</a>
`,
}, ['rounded-[50%]']);
css('Tailwind', 'an off blue in an Angular inline template', {
  'src/app/tw.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-tw',
  template: \`<button type="button" class="h-12 bg-[#004bb3] text-white" (click)="go()">Log ind med MitID</button>\`,
})
export class TwComponent {
  go(): void {}
}
`,
}, ['bg-[#004bb3]']);
css('Tailwind', 'twMerge in a className', {
  'src/Merge.tsx': `import { twMerge } from 'tailwind-merge';

export const Merge = ({ className }: { className?: string }) => (
  <button type="button" className={twMerge('h-11 bg-[#0060e6] text-white', className)}>Log ind med MitID</button>
);
`,
}, ['h-11']);
css('Lit css', 'static styles of a Lit element', {
  'src/x-styled.ts': `import { LitElement, css, html } from 'lit';

export class XStyled extends LitElement {
  static styles = css\`
    .mitid-btn { height: 40px; }
  \`;
  render() {
    return html\`<button class="mitid-btn">Log ind med MitID</button>\`;
  }
}
`,
}, ['height: 40px']);
silent(10, 'CSS', "a base class with only another eID's modifier, and a darker hover brightness", {
  'src/other.css': `.eid-btn { height: 40px; }
.eid-btn--bankid { background: #193e4f; }
.btn-mitid { background: #0060e6; }
.btn-mitid:hover { filter: brightness(0.9); }
`,
});

fp('Svelte', 'class="mitid-help-toggle" "Hjælp"', {
  'src/HelpToggle.svelte': `<script lang="ts">
  let open: boolean = false;
</script>

<button type="button" class="mitid-help-toggle" on:click={() => (open = !open)}>Hjælp</button>
`,
});
fp('Vue template', 'class="mitid-faq-toggle" "Spørgsmål om MitID"', {
  'src/Faq.vue': `<template>
  <button type="button" class="mitid-faq-toggle" @click="open = !open">Spørgsmål om MitID</button>
</template>
`,
});
fp('Angular templateUrl', 'className btn-mitid-help "Hvad er MitID?"', {
  'src/app/what/what.component.html': `<button type="button" class="btn-mitid-help" (click)="open()">Hvad er MitID?</button>
`,
  'src/app/what/what.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-what', templateUrl: './what.component.html' })
export class WhatComponent {
  open(): void {}
}
`,
});
fp('Lit', 'aria-label="Luk MitID-hjælp" with ×', {
  'src/x-close.ts': `import { html } from 'lit';
export const closeHelp = (close: () => void) => html\`<button type="button" aria-label="Luk MitID-hjælp" @click=\${close}>×</button>\`;
`,
});
fp('Svelte', 'a settings switch "Aktivér MitID-login" and "Fjern MitID"', {
  'src/Settings.svelte': `<script lang="ts">
  let enabled: boolean = true;
  export let remove: () => void;
</script>

<button type="button" role="switch" aria-checked={enabled} on:click={() => (enabled = !enabled)}>Aktivér MitID-login</button>
<button type="button" class="link" on:click={remove}>Fjern MitID</button>
`,
});
fp('React Native', 'a settings Switch row and a help Pressable', {
  'src/SettingsRow.tsx': `import { Pressable, Switch, Text, View } from 'react-native';

export const SettingsRow = ({ on, toggle, help }: { on: boolean; toggle: () => void; help: () => void }) => (
  <View>
    <Text>Aktivér MitID-login</Text>
    <Switch value={on} onValueChange={toggle} />
    <Pressable accessibilityLabel="Hjælp til MitID" onPress={help}><Text>?</Text></Pressable>
  </View>
);
`,
});

// One hop into script: the same constant read from markup, with and without lang="ts".
add(2, 'Svelte', 'a const label one hop away (no lang)', {
  'src/HopJs.svelte': `<script>
  const label = 'Login with MitID';
</script>

<button type="button">{label}</button>
`,
}, [['approved-text', ["'Login with MitID'", '{label}']]]);
add(2, 'Svelte ts', 'a const label one hop away (lang="ts" twin)', {
  'src/HopTs.svelte': `<script lang="ts">
  const label: string = 'Login with MitID';
</script>

<button type="button">{label}</button>
`,
}, [['approved-text', ["'Login with MitID'", '{label}']]]);
add(1, 'Svelte ts', 'a reactive $: label', {
  'src/Reactive.svelte': `<script lang="ts">
  export let busy: boolean = false;
  $: label = busy ? 'Vent…' : 'Log ind med MitID';
</script>

<button type="button" class="mitid">{label}</button>
`,
}, [['approved-text', ["'Vent…'", '{label}']]]);
add(2, 'Angular templateUrl', 'a plain class property bound in the template (templateUrl reads its class)', {
  'src/app/prop/prop.component.html': `<button type="button" class="btn" (click)="go()">{{ cta }}</button>
`,
  'src/app/prop/prop.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-prop', templateUrl: './prop.component.html' })
export class PropComponent {
  readonly cta = 'Login with MitID';
  go(): void {}
}
`,
}, [['approved-text', ['src/app/prop/prop.component.ts::Login with MitID', 'src/app/prop/prop.component.html::{{ cta }}']]]);
add(2, 'Angular inline', 'a plain class property bound in the inline template', {
  'src/app/inline-prop.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-inline-prop',
  template: \`<button type="button" (click)="go()">{{ cta }}</button>\`,
})
export class InlinePropComponent {
  readonly cta = 'Login with MitID';
  go(): void {}
}
`,
}, [['approved-text', ["= 'Login with MitID'", '{{ cta }}']]]);
add(8, 'React Native', "a Button title from t() and locales/da.json", {
  'src/RnI18n.tsx': `import { Button } from 'react-native';
import { useTranslation } from 'react-i18next';

export function RnI18n({ login }: { login: () => void }) {
  const { t } = useTranslation();
  return <Button title={t('auth.mitid')} onPress={login} />;
}
`,
  'locales/da.json': '{ "auth": { "mitid": "Login med MitID" } }\n',
}, [['approved-text', "t('auth.mitid')"]]);
add(4, 'Angular inline', 'an img whose alt is the only name (inline twin)', {
  'src/app/alt-inline.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-alt-inline',
  template: \`<button type="button" (click)="login()"><img src="assets/img/mitid-logo.svg" alt="Log ind med MitID"></button>\`,
})
export class AltInlineComponent {
  login(): void {}
}
`,
}, [['approved-text', '<button']], { count: 1 });
add(4, 'React', 'an img whose alt is the only name (React twin)', {
  'src/AltOnly.tsx': `export const AltOnly = ({ login }: { login: () => void }) => (
  <button type="button" onClick={login}><img src="/img/mitid-logo.svg" alt="Log ind med MitID" /></button>
);
`,
}, [['approved-text', '<button']], { count: 1 });
add(1, 'Vue Options API', 'a ternary in the template of an Options API component', {
  'src/OptionsTernary.vue': `<template>
  <button type="button" @click="go">{{ loading ? 'Logger ind…' : 'Log ind med MitID' }}</button>
</template>

<script>
export default {
  data() {
    return { loading: false };
  },
  methods: { go() { this.loading = true; } },
};
</script>
`,
}, [['approved-text', '<button']]);
add(6, 'Vue script setup ts', 'querySelector in a handler of the SFC', {
  'src/ImpVue.vue': `<script setup lang="ts">
function start(): void {
  document.querySelector<HTMLButtonElement>('#mitid-login')!.textContent = 'Vent…';
}
</script>

<template>
  <button id="mitid-login" type="button" @click="start">Log ind med MitID</button>
</template>
`,
}, [['approved-text', "'Vent…'"]]);

// More silence: what a widened identification must still leave alone.
silent(0, 'React', 'a close button with a MitID-named class, an info button, a logout next to MitID text', {
  'src/Modal.tsx': `export const Modal = ({ close, info, logout }: { close: () => void; info: () => void; logout: () => void }) => (
  <div className="mitid-modal">
    <button type="button" className="mitid-modal-close" aria-label="Luk" onClick={close}>×</button>
    <button type="button" className="mitid-info-btn" onClick={info}>Info</button>
    <p>Du er logget ind med MitID.</p>
    <button type="button" onClick={logout}>Log ud</button>
  </div>
);
`,
});
silent(0, 'HTML', "the page title, a meta description and a bare logo image", {
  'public/head.html': `<!doctype html>
<html lang="da">
<head>
  <title>Log ind med MitID</title>
  <meta name="description" content="Login with MitID to see your documents">
</head>
<body>
  <div class="brand"><img src="/img/mitid-logo.svg" alt="MitID"></div>
</body>
</html>
`,
});
silent(0, 'HTML', 'a MitID-classed link to mitid.dk', {
  'public/info-link.html': `<!doctype html>
<html lang="da">
<body>
  <a href="https://www.mitid.dk/" class="btn-mitid" target="_blank" rel="noopener">MitID.dk</a>
</body>
</html>
`,
});
silent(0, 'Vue template', 'a router-link to the MitID help page', {
  'src/HelpLink.vue': `<template>
  <router-link to="/hjaelp/mitid">Hjælp til MitID</router-link>
</template>
`,
});
silent(0, 'Angular inline', 'a slide toggle, a checkbox label and an aria-pressed chip', {
  'src/app/prefs.component.ts': `import { Component } from '@angular/core';

@Component({
  selector: 'app-prefs',
  template: \`
    <mat-slide-toggle [(ngModel)]="useMitid">Aktivér MitID-login</mat-slide-toggle>
    <label><input type="checkbox" [(ngModel)]="remember"> Husk MitID på denne enhed</label>
    <button type="button" [attr.aria-pressed]="useMitid" (click)="useMitid = !useMitid">MitID</button>
  \`,
})
export class PrefsComponent {
  useMitid = false;
  remember = false;
}
`,
});
silent(0, 'React', "a story file's args", {
  'src/LoginButton.stories.tsx': `import type { Meta, StoryObj } from '@storybook/react';
import { LoginButton } from './LoginButton';

const meta: Meta<typeof LoginButton> = { component: LoginButton };
export default meta;
export const Old: StoryObj<typeof LoginButton> = { args: { buttonLabel: 'Login with MitID' } };
`,
});
silent(0, 'React', 'a Tailwind paragraph and a translation JSON holding an old phrase under an unused key', {
  'src/Lead.tsx': `export const Lead = () => <p className="text-gray-600 uppercase">Log ind med MitID for at fortsætte</p>;
`,
  'locales/en.json': '{ "legacy": { "mitid": "Login with MitID" } }\n',
});
silent(10, 'CSS', 'MitID parts that are not the button: wrapper, text, icon', {
  'src/parts.css': `.mitid-wrapper { height: 300px; background: #f5f5f5; }
.mitid-text { color: #333; font-family: Georgia, serif; }
.mitid-icon { background: red; height: 16px; }
`,
});
silent(10, 'styled-components', 'a MitIDLogo and a MitIDHelpButton', {
  'src/Parts.tsx': `import styled from 'styled-components';

export const MitIDLogo = styled.img\`
  height: 24px;
\`;
export const MitIDHelpButton = styled.button\`
  background: transparent;
  color: #0060e6;
  height: auto;
\`;
`,
});
css('Tailwind', 'focus: and active: variants to other hues in a Vue class', {
  'src/States.vue': `<template>
  <button type="button" class="h-12 bg-[#0060e6] text-white focus:bg-[#22c55e] active:bg-red-600" @click="go">Log ind med MitID</button>
</template>
`,
}, ['focus:bg-[#22c55e]']);
css('styled-components', 'a focus-visible to purple', {
  'src/MitIDButton.tsx': `import styled from 'styled-components';

export const MitIDButton = styled.a\`
  background: #0060e6;
  color: #fff;
  &:focus-visible {
    background: #6b21a8;
  }
\`;
`,
}, ['#6b21a8']);

// Translation keys in state branches, in the frameworks that have their own i18n syntax.
add(1, 'Angular templateUrl', 'a key ternary piped through translate', {
  'src/app/wait/wait.component.html': `<button type="button" (click)="go()">{{ (busy ? 'AUTH.WAIT' : 'AUTH.MITID') | translate }}</button>
`,
  'src/app/wait/wait.component.ts': `import { Component } from '@angular/core';
@Component({ selector: 'app-wait', templateUrl: './wait.component.html' })
export class WaitComponent {
  busy = false;
  go(): void { this.busy = true; }
}
`,
  'src/assets/i18n/da.json': '{ "AUTH": { "WAIT": "Vent venligst", "MITID": "Log ind med MitID" } }\n',
}, [['approved-text', 'AUTH.WAIT', /Vent venligst/]]);
add(1, 'Svelte ts', '$t() in both branches', {
  'src/I18nState.svelte': `<script lang="ts">
  import { t } from '$lib/i18n';
  export let busy: boolean = false;
</script>

<button type="button">{busy ? $t('auth.wait') : $t('auth.mitid')}</button>
`,
  'locales/da.json': '{ "auth": { "wait": "Vent venligst", "mitid": "Log ind med MitID" } }\n',
}, [['approved-text', "$t('auth.wait')", /Vent venligst/]]);
add(1, 'Lit', 'msg() in both branches', {
  'src/x-msg-state.ts': `import { LitElement, html } from 'lit';
import { msg } from '@lit/localize';

export class XMsgState extends LitElement {
  busy = false;
  render() {
    return html\`<button type="button">\${this.busy ? msg('Logger ind…') : msg('Log ind med MitID')}</button>\`;
  }
}
`,
}, [['approved-text', "msg('Logger ind…')", /Logger ind…/]]);
add(5, 'React', "a broker SDK's authorize() with MitID acrValues", {
  'src/Sdk.tsx': `import CriiptoAuth from '@criipto/auth-js';

const auth = new CriiptoAuth({ domain: 'login.kommune.dk', clientID: 'urn:kommune:web', store: sessionStorage });

export const Sdk = () => (
  <button type="button" onClick={() => auth.redirect.authorize({ acrValues: 'urn:grn:authn:dk:mitid:substantial', redirectUri: '/callback' })}>
    Fortsæt
  </button>
);
`,
}, [['approved-text', ['Fortsæt', '<button']]]);
add(6, 'React', "event.target's textContent in an inline onClick of a MitID button", {
  'src/InlineImp.tsx': `export const InlineImp = ({ start }: { start: () => void }) => (
  <button
    type="button"
    className="btn-mitid"
    onClick={(e) => {
      (e.target as HTMLButtonElement).textContent = 'Vent…';
      start();
    }}
  >
    Log ind med MitID
  </button>
);
`,
}, [['approved-text', "'Vent…'"]]);
add(8, 'Vue script setup ts', 'a dictionary indexed by language in the template', {
  'src/DictVue.vue': `<script setup lang="ts">
const props = defineProps<{ lang: 'da' | 'en' }>();
const texts = {
  da: { loginWith: 'Login med' },
  en: { loginWith: 'Log on with' },
};
</script>

<template>
  <button type="button">{{ texts[props.lang].loginWith }} MitID</button>
</template>
`,
}, [['approved-text', ["'Login med'", 'loginWith }} MitID'], /Login med MitID/]]);
add(8, 'Svelte ts', 'a dictionary indexed by language in markup', {
  'src/DictSvelte.svelte': `<script lang="ts">
  export let lang: 'da' | 'en' = 'da';
  const texts = {
    da: { loginWith: 'Log ind med' },
    en: { loginWith: 'Sign in with' },
  };
</script>

<button type="button">{texts[lang].loginWith} MitID</button>
`,
}, [['approved-text', ["'Sign in with'", 'loginWith} MitID'], /Sign in with MitID/]]);
add(3, 'Lit', 'a Tailwind short form on phones', {
  'src/x-short.ts': `import { html } from 'lit';
export const short = () => html\`<a href="/auth/mitid" class="btn">Underskriv <span class="hidden sm:inline">med MitID</span></a>\`;
`,
}, [['approved-text', 'Underskriv', /"Underskriv"/]]);
silent(3, 'React Native', 'nested Text holding the approved phrase', {
  'src/NestedText.tsx': `import { Pressable, Text } from 'react-native';

export const NestedText = ({ login }: { login: () => void }) => (
  <Pressable onPress={login}>
    <Text>Log ind <Text style={{ fontWeight: '600' }}>med MitID</Text></Text>
  </Pressable>
);
`,
});
silent(1, 'React', 'every state keeps the phrase beside a spinner', {
  'src/GoodBusy.tsx': `import { Spinner } from './Spinner';

export const GoodBusy = ({ busy }: { busy: boolean }) => (
  <button type="button" className="btn-mitid" aria-busy={busy}>
    {busy && <Spinner />}
    Log ind med MitID
  </button>
);
`,
});

add(8, 'Svelte', 'a dictionary indexed by language in markup (no lang, twin of the ts case)', {
  'src/DictSvelteJs.svelte': `<script>
  export let lang = 'da';
  const texts = {
    da: { loginWith: 'Log ind med' },
    en: { loginWith: 'Sign in with' },
  };
</script>

<button type="button">{texts[lang].loginWith} MitID</button>
`,
}, [['approved-text', ["'Sign in with'", 'loginWith} MitID'], /Sign in with MitID/]]);

// Lists: a settings list whose items name MitID, with a remove button per item.
fp('React', 'a settings list rendered per item: "Fjern" beside each method', {
  'src/Methods.tsx': `const methods = [
  { id: 'mitid', name: 'MitID' },
  { id: 'passkey', name: 'Adgangsnøgle' },
];

export const MethodList = ({ remove }: { remove: (id: string) => void }) => (
  <ul>
    {methods.map((m) => (
      <li key={m.id} data-method={m.id}>
        <span>{m.name}</span>
        <button type="button" onClick={() => remove(m.id)}>Fjern</button>
      </li>
    ))}
  </ul>
);
`,
});
fp('Vue template', 'a v-for settings list with a switch per item', {
  'src/MethodSwitches.vue': `<script setup lang="ts">
import { ref } from 'vue';
const methods = ref([
  { id: 'mitid', name: 'MitID-login', on: true },
  { id: 'sms', name: 'SMS-kode', on: false },
]);
</script>

<template>
  <div v-for="m in methods" :key="m.id" class="row">
    <span>{{ m.name }}</span>
    <button type="button" role="switch" :aria-checked="m.on" @click="m.on = !m.on">{{ m.on ? 'Slå fra' : 'Slå til' }}</button>
  </div>
</template>
`,
});
fp('Svelte', 'an {#each} of login methods, none of them a MitID login button', {
  'src/Choose.svelte': `<script>
  const providers = [
    { id: 'email', label: 'E-mail' },
    { id: 'google', label: 'Google' },
  ];
</script>

<p>Har du ikke MitID? Vælg en anden måde.</p>
{#each providers as p (p.id)}
  <button type="button">{p.label}</button>
{/each}
`,
});

// Twins that tell a framework's gap from a lang="ts" / templateUrl gap.
add(1, 'Svelte', 'a reactive $: label (no lang, twin of the ts case)', {
  'src/ReactiveJs.svelte': `<script>
  export let busy = false;
  $: label = busy ? 'Vent…' : 'Log ind med MitID';
</script>

<button type="button" class="mitid">{label}</button>
`,
}, [['approved-text', ["'Vent…'", '{label}']]]);
add(5, 'Angular inline', 'a class method that starts a MitID code flow (inline twin of the templateUrl case)', {
  'src/app/signin-inline.component.ts': `import { Component } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';

@Component({
  selector: 'app-signin-inline',
  template: \`<button type="button" class="btn" (click)="login()">Log ind</button>\`,
})
export class SigninInlineComponent {
  constructor(private readonly oauth: OAuthService) {}
  login(): void {
    this.oauth.initCodeFlow('', { acr_values: 'urn:grn:authn:dk:mitid:substantial' });
  }
}
`,
}, [['approved-text', 'Log ind']]);

// ---------------------------------------------------------------------------------------------
// Known failures today (the expected behaviour is the case's own `want`); filled in from runs.
const FAILS: Record<string, string> = {
};
markFailures(cases, FAILS);

const TITLES: Record<number, string> = {
  0: 'false positives named by the issue',
  1: '1 state texts',
  2: '2 verbs off the list',
  3: '3 text split over children',
  4: '4 logo-only and label-less',
  5: '5 identified by behaviour',
  6: '6 imperative DOM text',
  7: '7 markup inside strings',
  8: '8 translations beyond t()',
  9: '9 broker libraries',
  10: '10 CSS',
};
runSpec(cases, { prefix: 'mitid-ux-issue10-', titles: Object.fromEntries(Object.entries(TITLES).map(([p, t]) => [p, `issue 10, pattern ${t}`])) });
