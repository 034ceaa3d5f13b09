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
