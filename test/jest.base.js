// Shared jest settings: swc transform (NestJS 12 is ESM-only, so @nestjs is transformed too).
const path = require('node:path');

const root = path.resolve(__dirname, '..');

module.exports = {
  rootDir: root,
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2023',
          parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@fastify/cookie|cookie|content-disposition)/)'],
  moduleNameMapper: {
    '^@app/(platform|referential|training|enrolment|afgsu|assessment|internship|reminders|records)$': '<rootDir>/libs/$1/src',
    '^@app/(platform|referential|training|enrolment|afgsu|assessment|internship|reminders|records)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/apps/web/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/apps/web/'],
};
