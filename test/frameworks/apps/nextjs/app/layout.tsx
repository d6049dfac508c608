import type { ReactNode } from 'react';
import 'mitid-ux-kit/fonts.css';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da">
      <body>{children}</body>
    </html>
  );
}
