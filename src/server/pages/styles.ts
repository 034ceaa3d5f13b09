/* The one stylesheet: readable clinical text, clear citation markers, a visible review status. */
export const styles = `
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2733;background:#fafbfc}
header.site{display:flex;gap:1rem;align-items:center;padding:.75rem 1.5rem;background:#0b4f6c;color:#fff;flex-wrap:wrap}
header.site .brand{color:#fff;font-weight:700;font-size:1.25rem;text-decoration:none}
form.ask{display:flex;flex:1;gap:.5rem;min-width:16rem}form.ask input{flex:1;padding:.5rem;border:1px solid #9ab;border-radius:4px;font:inherit}
button{padding:.5rem 1rem;border:0;border-radius:4px;background:#1a7f5a;color:#fff;font:inherit;cursor:pointer}
main{max-width:52rem;margin:0 auto;padding:1.5rem}footer.site{max-width:52rem;margin:2rem auto;padding:1rem 1.5rem;border-top:1px solid #d5dde5;font-size:.875rem;color:#4a5866}
h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #d5dde5;padding-bottom:.25rem}
.board{font-size:.9rem;color:#35516b}.pending{background:#fff4d6;border:1px solid #e0b84c;padding:.75rem 1rem;border-radius:4px;margin:1rem 0}
ol.steps{display:flex;gap:.5rem;list-style:none;padding:0;margin:.5rem 0;font-size:.875rem}ol.steps li{padding:.25rem .75rem;border-radius:999px;background:#e6ebf0;color:#4a5866}
ol.steps li.current{background:#0b4f6c;color:#fff;font-weight:600}ol.steps li.done{background:#cfe8dc;color:#1a5a3f}
.meta{font-size:.875rem;color:#4a5866}.summary{font-size:1.075rem;background:#fff;border-left:4px solid #0b4f6c;padding:.75rem 1rem}
sup.cite a{text-decoration:none;font-size:.75rem;margin-left:1px}ol.references li{margin:.4rem 0}.type{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:3px;background:#e6ebf0;margin-right:.35rem}
.status-label{font-weight:600;color:#a23b2a}.followup,.audience{background:#fff;border:1px solid #d5dde5;border-radius:6px;padding:1rem;margin:1.5rem 0}
.followup form{display:flex;gap:.5rem}.followup input{flex:1;padding:.5rem;font:inherit}.notice{background:#fff;border:1px solid #d5dde5;border-radius:6px;padding:1rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}ul.recent{padding-left:1.2rem}.closing{font-style:italic}
`;

/** Additions for the Medical Advisory Board pages: sign-in, review queue, statements beside their passages, diffs. */
export const boardStyles = `
.account{display:flex;gap:.75rem;align-items:center;color:#fff}.account a{color:#fff}.meta-light{opacity:.85;font-size:.875rem}
form.inline{display:inline}button.link{background:none;padding:0;color:#fff;text-decoration:underline}
form.stack{display:grid;gap:.5rem;max-width:26rem}form.stack input,form.stack textarea,form.stack select{padding:.5rem;font:inherit;border:1px solid #9ab;border-radius:4px}
table.queue{width:100%;border-collapse:collapse}table.queue td,table.queue th{text-align:left;padding:.4rem;border-bottom:1px solid #d5dde5}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:.75rem 0;padding:.75rem;background:#fff;border:1px solid #d5dde5;border-radius:6px}
.passage{font-size:.9rem;color:#35516b}mark{background:#fff1a8}.asked{font-size:.9rem;color:#4a5866;border-left:3px solid #9ab;padding-left:.75rem}
.diff .added{background:#e3f6ea}.diff .removed{background:#fde8e4;text-decoration:line-through}.diff li{list-style:none;white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.85rem}
.reviewed{font-size:.9rem;color:#1a5a3f}form.edit{display:grid;gap:.5rem}form.edit textarea{width:100%;font:.875rem/1.45 ui-monospace,monospace;padding:.5rem}
a.button{display:inline-block;padding:.4rem .9rem;border-radius:4px;background:#0b4f6c;color:#fff;text-decoration:none}.help{font-size:.9rem;margin:.75rem 0}tr.disabled td{color:#8a96a3}fieldset{border:1px solid #d5dde5;border-radius:4px}.audit li{font-size:.875rem}.actions form{margin:.5rem 0}
`;
