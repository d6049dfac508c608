/**
 * XML catalogs: .NET `.resx` (`<data name="Login"><value>...</value></data>`) and Android
 * `res/values-*` `strings.xml` (`<string name="login_mitid">...</string>`), read with htmlparser2's XML mode.
 */
import { Parser } from 'htmlparser2';

function read(text: string, element: 'data' | 'string', out: Map<string, string>): void {
  let name: string | undefined;
  let inValue = false;
  let value = '';
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === element) {
          name = attrs['name'];
          value = '';
          inValue = element === 'string';
        } else if (tag === 'value' && name !== undefined) inValue = true;
      },
      ontext(t) {
        if (inValue) value += t;
      },
      onclosetag(tag) {
        if (tag === 'value' || (tag === 'string' && element === 'string')) {
          // Android escapes apostrophes and quotes, and may quote the whole value.
          if (name !== undefined) out.set(name, element === 'string' ? value.replace(/^"([\s\S]*)"$/, '$1').replace(/\\(['"@?])/g, '$1').replace(/\\n/g, '\n') : value);
          inValue = false;
        }
        if (tag === element) name = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
}

export const resx = (text: string, out: Map<string, string>): void => read(text, 'data', out);
export const androidStrings = (text: string, out: Map<string, string>): void => read(text, 'string', out);
