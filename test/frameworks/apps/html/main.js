// @ts-check
import 'mitid-ux-kit/define';

const button = document.querySelector('mitid-button');
if (button) button.action = 'sign';

document.querySelector('#link')?.addEventListener('mitid-launch', (event) => {
  const { mode } = /** @type {CustomEvent<import('mitid-ux-kit').MitIDLaunchDetail>} */ (event).detail;
  const out = document.querySelector('#launched');
  if (out) out.textContent = mode;
});
