export const askCommand = () => { throw new Error('not yet'); };
