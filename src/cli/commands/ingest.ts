export const ingestCommand = () => { throw new Error('not yet'); };
