// Quiet logs unless a test run asks for them (LOG_LEVEL=debug npm test).
process.env.LOG_LEVEL ??= 'warn';
