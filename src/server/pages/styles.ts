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

/**
 * The reader's article: answer first, tap-sized citations that name their source on hover or focus,
 * skip links, controls whose borders keep 3:1 contrast, review steps marked by symbol as well as colour,
 * a narrow-screen header that leaves the bottom line on the first screen, and a print stylesheet.
 */
export const readerStyles = `
.skip a{position:absolute;left:-9999px;top:.5rem;z-index:10;background:#fff;color:#0b4f6c;padding:.5rem 1rem;border:2px solid #0b4f6c;border-radius:4px}.skip a:focus{left:.5rem}
.site-nav{display:flex;gap:.75rem;align-items:center}.site-nav>a{color:#fff}main:focus{outline:none}
form.ask input,select,.followup input{border:1px solid #5f6f7f;border-radius:4px}select{padding:.4rem;font:inherit;background:#fff}
.article-title{margin:0 0 .25rem;font-weight:600;color:#35516b}.answering{margin:.25rem 0;font-weight:600;color:#0b4f6c}
.status-line{margin:.25rem 0 .75rem;font-size:.875rem;color:#4a5866}.state.approved{color:#1a5a3f;font-weight:600}.state.pending-state{color:#7a4b00;font-weight:600}
.bottom-line{background:#fff;border:1px solid #c3ced8;border-left:5px solid #0b4f6c;border-radius:4px;padding:.5rem 1rem;margin:.5rem 0 1rem}
.bottom-line h2{margin:.25rem 0;border:0;font-size:1.1rem}.bottom-line .summary{background:none;border:0;padding:0;margin:.25rem 0}.bottom-line:focus{outline:3px solid #0b4f6c}
a.cite{display:inline-block;position:relative;min-width:24px;min-height:24px;line-height:22px;padding:0 4px;margin-left:3px;text-align:center;font-size:.8rem;text-decoration:none;border:1px solid #5f6f7f;border-radius:4px;color:#0b4f6c;background:#fff}
a.cite .tip{display:none;position:absolute;left:0;bottom:calc(100% + 4px);z-index:5;width:max-content;max-width:18rem;padding:.35rem .5rem;border-radius:4px;background:#1d2733;color:#fff;font-size:.8rem;line-height:1.3;text-align:left;white-space:normal}
a.cite:hover .tip,a.cite:focus .tip{display:block}:target{background:#fff1a8;scroll-margin-top:2rem}
.backlinks a{display:inline-block;min-width:24px;min-height:24px;text-align:center;margin-left:2px}.year{font-weight:600;margin-right:.35rem}
.older{display:inline-block;font-size:.75rem;padding:0 .4rem;border:1px solid #7a4b00;border-radius:3px;color:#7a4b00;background:#fff4d6;margin-right:.35rem}
ol.steps li .mark{font-weight:700}.lead-in{display:block}li.group{list-style:none;margin:.5rem 0 .5rem -1rem}li.group>ul{margin-top:.2rem}
ol.pitfalls li{margin:.35rem 0}.heading-note{font-style:italic;color:#4a5866;margin:.25rem 0}.reader-disclaimer{font-size:.9rem;border-left:3px solid #5f6f7f;padding-left:.75rem;color:#35516b}
nav.contents{background:#fff;border:1px solid #d5dde5;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}nav.contents h2{font-size:1rem;border:0;margin:.5rem 0}nav.contents li{margin:.2rem 0}
.exports{font-size:.9rem}ol.thread li{margin:.25rem 0}.suggested li{margin:.3rem 0}.next-steps li{margin:.3rem 0}
.audience label,.reader-choice label{font-weight:600}.reader-choice{margin:.75rem 0}
@media (max-width:600px){header.site{padding:.4rem .75rem;gap:.4rem}header.site .brand{font-size:1.05rem}form.ask{min-width:0;order:3;flex-basis:100%}
main{padding:.75rem}h1{font-size:1.35rem}.status-line{margin-bottom:.4rem}.bottom-line{padding:.25rem .75rem}}
@media print{.skip,header.site,form,.followup form,footer.site form,a.cite .tip,nav.contents{display:none}body{background:#fff;font-size:11pt}
main{max-width:none;padding:0}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em}.bottom-line{border:1px solid #000}a.cite{border:0}}
`;
