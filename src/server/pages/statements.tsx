/*
 * A section's statements as the reader sees them: statements that share a drug or intervention are
 * gathered under one bold lead-in (the statement's `subject`, or the drug it names first), in the order
 * the first of them appeared; pitfalls are numbered; each statement carries its citations.
 */
import { Citations } from './citations.tsx';
import type { CitationPlaces } from './citations.tsx';
import type { AnswerReference, AnswerSection, AnswerStatement } from '../../answer/index.ts';

/** A run of statements under one lead-in, or a statement on its own. */
export type StatementGroup = { leadIn: string; statements: AnswerStatement[] } | { leadIn?: undefined; statements: [AnswerStatement] };

/** Names the drugs a statement mentions, first first (the server passes the library's; exports pass none). */
export type DrugNamer = (text: string) => string[];

/**
 * Group a section's statements by subject: a key shared by two or more statements becomes a lead-in,
 * unless it is the article's own focus or would gather the whole section (a lead-in that says nothing).
 */
export function groupStatements(statements: AnswerStatement[], focusTitle: string | undefined, drugsIn?: DrugNamer): StatementGroup[] {
  const keyOf = (s: AnswerStatement) => s.subject ?? drugsIn?.(s.text)[0];
  const keys = statements.map(keyOf);
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  const shared = new Set([...counts].filter(([k, n]) => n >= 2 && n < statements.length && k !== focusTitle).map(([k]) => k));
  // A subject that stands alone still leads its statement (it was set because the statement is from another document).
  const groups: StatementGroup[] = [];
  const emitted = new Set<string>();
  statements.forEach((s, i) => {
    const key = keys[i];
    if (key && shared.has(key)) {
      if (emitted.has(key)) return;
      emitted.add(key);
      groups.push({ leadIn: key, statements: statements.filter((_, j) => keys[j] === key) });
    } else groups.push({ statements: [s] });
  });
  return groups;
}

interface ItemProps {
  statement: AnswerStatement;
  places: CitationPlaces;
  references: Map<number, AnswerReference>;
  /** The lead-in already says what this statement is about. */
  grouped?: boolean;
}

function StatementItem(props: ItemProps) {
  const s = props.statement;
  return (
    <li>
      {s.subject && !props.grouped ? <strong class="subject">{s.subject}: </strong> : null}
      {s.status && s.status !== 'current' ? (
        <span class="status-label">{s.status === 'withdrawn' ? 'Withdrawn: ' : 'Superseded: '}</span>
      ) : null}
      {s.text}
      <Citations numbers={s.citations} ids={props.places.markers.get(s) ?? []} references={props.references} />
      {s.children && s.children.length > 0 ? (
        <ul>
          {s.children.map((c) => (
            <StatementItem statement={c} places={props.places} references={props.references} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function SectionStatements(props: {
  section: AnswerSection;
  numbered: boolean;
  focusTitle?: string;
  drugsIn?: DrugNamer;
  places: CitationPlaces;
  references: Map<number, AnswerReference>;
}) {
  const groups = groupStatements(props.section.statements, props.focusTitle, props.drugsIn);
  const items = groups.map((g) =>
    g.leadIn ? (
      <li class="group">
        <strong class="lead-in">{g.leadIn}</strong>
        <ul>
          {g.statements.map((s) => (
            <StatementItem statement={s} places={props.places} references={props.references} grouped={s.subject === g.leadIn} />
          ))}
        </ul>
      </li>
    ) : (
      <StatementItem statement={g.statements[0]} places={props.places} references={props.references} />
    ),
  );
  return props.numbered ? <ol class="pitfalls">{items}</ol> : <ul>{items}</ul>;
}

/** The statements in display order (grouping moves statements), so citation markers are numbered as read. */
export function displayOrder(section: AnswerSection, focusTitle: string | undefined, drugsIn?: DrugNamer): AnswerSection {
  return { ...section, statements: groupStatements(section.statements, focusTitle, drugsIn).flatMap((g) => g.statements) };
}
