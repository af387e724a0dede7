// better-sqlite3 is an optional peer dependency without types of its own; sqlite.ts says what it uses.
declare module 'better-sqlite3' {
  const Database: unknown;
  export default Database;
}
