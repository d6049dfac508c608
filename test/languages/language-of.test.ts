// Which family checks a file, by its path: `.html` stays with ESLint's HTML parser except in the
// folders where a server's templates live.
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../cli/src/languages/index.js';

describe('languageOf', () => {
  it.each([
    ['app/src/main/resources/templates/login.html', 'thymeleaf'],
    ['gtvg/src/main/webapp/WEB-INF/templates/home.html', 'thymeleaf'],
    ['web/WEB-INF/views/layout.html', 'thymeleaf'],
    ['shop/templates/account/login.html', 'jinja'],
    ['site/public/index.html', undefined],
    ['resources/views/auth/login.blade.php', 'blade'],
    ['app/src/main/res/layout/activity_login.xml', 'android-layout'],
    ['Views/Account/Login.cshtml', 'razor'],
  ])('%s → %s', (file, family) => expect(languageOf(file)).toBe(family));
});
