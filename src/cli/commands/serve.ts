export const serveCommand = () => { throw new Error('not yet'); };
