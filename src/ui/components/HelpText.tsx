import { helpBlocks } from '../model/helpBlocks';

/** An option's help as text: paragraphs and bullet lists, never HTML. */
export function HelpText({ id, help }: { id: string; help: string }) {
  const blocks = helpBlocks(help);
  if (!blocks.length) return null;
  return (
    <div id={id} className="oce-help">
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>{block.text}</p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
