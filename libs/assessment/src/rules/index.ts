export * from './assessment';
export * from './french-format';
export * from './marks.rules';
export * from './attempt.rules';
export * from './jury.rules';
export * from './block-status.rules';
export * from './retake.rules';
export * from './readiness.rules';
