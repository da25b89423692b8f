import { helpBlocks, helpSegments } from '../model/helpBlocks';

/** An option's help as text: paragraphs, bullet lists and literals, its reStructuredText read, never HTML. */
export function HelpText({ id, help }: { id: string; help: string }) {
  const blocks = helpBlocks(help);
  if (!blocks.length) return null;
  return (
    <div id={id} className="oce-help">
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>
            <Inline text={block.text} />
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Inline text={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

function Inline({ text }: { text: string }) {
  return helpSegments(text).map((segment, index) => (segment.code ? <code key={index}>{segment.text}</code> : segment.text));
}
