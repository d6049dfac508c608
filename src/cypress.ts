/**
 * mitid-ux-kit/cypress: `cy.auditMitID()` for a team's Cypress suite. Import once in the support file
 * (cypress/support/e2e.ts): `import 'mitid-ux-kit/cypress';`, then in a test:
 *
 *   cy.visit('/login');
 *   cy.auditMitID();                        // fails the test with the CLI's lines when there are findings
 *   cy.auditMitID({ failOnFindings: false }).then((findings) => ...);
 *
 * It audits the application's document where Cypress runs it (the page's own window): enough for a
 * team's own pages. Closed shadow roots, cross-origin frames and pages that patch the DOM's
 * functions need the isolated worlds of `mitid-ux audit` or mitid-ux-kit/playwright.
 */
import { auditMitID, formatFindings, toPlainFindings, type AuditOptions, type PlainFinding } from './audit/index.js';

export interface AuditMitIDOptions extends AuditOptions {
  /** Fail the test when there are findings (default true). */
  failOnFindings?: boolean;
}

/** The part of Cypress's API the command uses. */
interface Chainable<T> {
  then<U>(fn: (value: T) => U): Chainable<U>;
}
export interface CypressLike {
  Commands: { add(name: string, fn: (options?: AuditMitIDOptions) => unknown): void };
  log(entry: { name: string; message: string; consoleProps?: () => unknown }): unknown;
}
export interface CyLike {
  document(options?: { log?: boolean }): Chainable<Document>;
}

/** Audits the document: the findings, or an Error with the CLI's lines when `failOnFindings`. */
export function auditDocument(doc: Document, options: AuditMitIDOptions = {}): { findings: PlainFinding[]; error?: Error } {
  const { failOnFindings = true, ...auditOptions } = options;
  const findings = toPlainFindings(auditMitID(doc, auditOptions));
  const error = failOnFindings && findings.length ? new Error(`MitID problems on ${doc.location.href}:\n${formatFindings(findings)}`) : undefined;
  return { findings, error };
}

/** Registers cy.auditMitID() (done on import when Cypress is there). */
export function registerAuditMitID(cypress: CypressLike, cy: CyLike): void {
  cypress.Commands.add('auditMitID', (options: AuditMitIDOptions = {}) =>
    cy.document({ log: false }).then((doc) => {
      const { findings, error } = auditDocument(doc, options);
      cypress.log({ name: 'auditMitID', message: findings.length ? `${findings.length} MitID problem(s)` : 'no MitID problems', consoleProps: () => ({ findings }) });
      if (error) throw error;
      return findings;
    }),
  );
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Cypress {
    // The same type parameter as Cypress's own Chainable, so the declarations merge.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
    interface Chainable<Subject = any> {
      /** Audits the page for the MitID UX rules (mitid-ux-kit/cypress). */
      auditMitID(options?: AuditMitIDOptions): Chainable<PlainFinding[]>;
    }
  }
}

const g = globalThis as unknown as { Cypress?: CypressLike; cy?: CyLike };
if (g.Cypress && g.cy) registerAuditMitID(g.Cypress, g.cy);
