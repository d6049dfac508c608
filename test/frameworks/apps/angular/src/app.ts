import { CUSTOM_ELEMENTS_SCHEMA, Component, ElementRef, afterNextRender, signal, viewChild } from '@angular/core';
import type { MitIDButton, MitIDLaunchDetail } from 'mitid-ux-kit';

@Component({
  selector: 'app-root',
  // <mitid-button> is a custom element: Angular binds its properties and events as written.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <form id="form" action="/done">
      <mitid-button #submit id="submit" type="submit" lang="en" name="via" value="mitid" [disabled]="false" [loading]="false" [fullWidth]="false"></mitid-button>
    </form>
    <mitid-button id="link" href="#launched" (mitid-launch)="onLaunch($event)"></mitid-button>
    <output id="launched">{{ launched() }}</output>
  `,
})
export class App {
  readonly launched = signal('');
  private readonly submit = viewChild.required<ElementRef<MitIDButton>>('submit');

  constructor() {
    // Templates cannot type a custom element's attributes: set typed values on the element in code.
    afterNextRender(() => {
      this.submit().nativeElement.action = 'sign';
    });
  }

  onLaunch(event: Event): void {
    this.launched.set((event as CustomEvent<MitIDLaunchDetail>).detail.mode);
  }
}
