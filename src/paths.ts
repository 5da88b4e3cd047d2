/** Where the project's own files are, whatever the working directory. */
import path from 'node:path';

// Compiled to dist/ or run from src/: the project is one level up either way.
export const PROJECT_ROOT = path.resolve(__dirname, '..');
