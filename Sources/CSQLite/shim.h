// The slice of SQLite's C API that baocao's corpus uses, found at run time.
//
// Why a shim: SQLite is opened with dlopen when a corpus database is first
// used, not linked, so that a one-shot query on a report (which never opens
// a database) loads no library it does not need; and SQLITE_TRANSIENT is a
// macro Swift cannot import. The header comes from libsqlite3-dev, the
// library from libsqlite3-0.
#ifndef BAOCAO_CSQLITE_SHIM_H
#define BAOCAO_CSQLITE_SHIM_H

#include <sqlite3.h>
#include <dlfcn.h>
#include <stddef.h>

/// The SQLite functions baocao calls, found in the library at run time.
typedef struct {
    int (*open_v2)(const char *, sqlite3 **, int, const char *);
    int (*close_v2)(sqlite3 *);
    const char *(*errmsg)(sqlite3 *);
    int (*exec)(sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **);
    void (*free)(void *);
    int (*prepare_v2)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
    int (*step)(sqlite3_stmt *);
    int (*finalize)(sqlite3_stmt *);
    int (*reset)(sqlite3_stmt *);
    int (*bind_int64)(sqlite3_stmt *, int, sqlite3_int64);
    int (*bind_double)(sqlite3_stmt *, int, double);
    int (*bind_text)(sqlite3_stmt *, int, const char *, int, void (*)(void *));
    int (*bind_blob)(sqlite3_stmt *, int, const void *, int, void (*)(void *));
    int (*bind_null)(sqlite3_stmt *, int);
    sqlite3_int64 (*column_int64)(sqlite3_stmt *, int);
    double (*column_double)(sqlite3_stmt *, int);
    const unsigned char *(*column_text)(sqlite3_stmt *, int);
    const void *(*column_blob)(sqlite3_stmt *, int);
    int (*column_bytes)(sqlite3_stmt *, int);
    int (*column_type)(sqlite3_stmt *, int);
    sqlite3_int64 (*last_insert_rowid)(sqlite3 *);
    int (*busy_timeout)(sqlite3 *, int);
    const char *(*libversion)(void);
    int (*clear_bindings)(sqlite3_stmt *);
} baocao_sqlite;

/// Opens libsqlite3 and fills `lib`; 0 on success, -1 if the library or one of its functions cannot be found.
static inline int baocao_sqlite_open(baocao_sqlite *lib) {
    const char *names[] = {"libsqlite3.so.0", "libsqlite3.so", "libsqlite3.dylib", "/usr/lib/libsqlite3.dylib"};
    void *handle = NULL;
    for (unsigned i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) return -1;
#define BAOCAO_SQLITE_FIND(field, symbol) lib->field = (__typeof__(lib->field))dlsym(handle, symbol); if (lib->field == NULL) return -1;
    BAOCAO_SQLITE_FIND(open_v2, "sqlite3_open_v2")
    BAOCAO_SQLITE_FIND(close_v2, "sqlite3_close_v2")
    BAOCAO_SQLITE_FIND(errmsg, "sqlite3_errmsg")
    BAOCAO_SQLITE_FIND(exec, "sqlite3_exec")
    BAOCAO_SQLITE_FIND(free, "sqlite3_free")
    BAOCAO_SQLITE_FIND(prepare_v2, "sqlite3_prepare_v2")
    BAOCAO_SQLITE_FIND(step, "sqlite3_step")
    BAOCAO_SQLITE_FIND(finalize, "sqlite3_finalize")
    BAOCAO_SQLITE_FIND(reset, "sqlite3_reset")
    BAOCAO_SQLITE_FIND(bind_int64, "sqlite3_bind_int64")
    BAOCAO_SQLITE_FIND(bind_double, "sqlite3_bind_double")
    BAOCAO_SQLITE_FIND(bind_text, "sqlite3_bind_text")
    BAOCAO_SQLITE_FIND(bind_blob, "sqlite3_bind_blob")
    BAOCAO_SQLITE_FIND(bind_null, "sqlite3_bind_null")
    BAOCAO_SQLITE_FIND(column_int64, "sqlite3_column_int64")
    BAOCAO_SQLITE_FIND(column_double, "sqlite3_column_double")
    BAOCAO_SQLITE_FIND(column_text, "sqlite3_column_text")
    BAOCAO_SQLITE_FIND(column_blob, "sqlite3_column_blob")
    BAOCAO_SQLITE_FIND(column_bytes, "sqlite3_column_bytes")
    BAOCAO_SQLITE_FIND(column_type, "sqlite3_column_type")
    BAOCAO_SQLITE_FIND(last_insert_rowid, "sqlite3_last_insert_rowid")
    BAOCAO_SQLITE_FIND(busy_timeout, "sqlite3_busy_timeout")
    BAOCAO_SQLITE_FIND(libversion, "sqlite3_libversion")
    BAOCAO_SQLITE_FIND(clear_bindings, "sqlite3_clear_bindings")
#undef BAOCAO_SQLITE_FIND
    return 0;
}

/// Binds text SQLite copies (SQLITE_TRANSIENT, a macro Swift cannot import).
static inline int baocao_sqlite_bind_text(const baocao_sqlite *lib, sqlite3_stmt *statement, int index, const char *text, int bytes) {
    return lib->bind_text(statement, index, text, bytes, SQLITE_TRANSIENT);
}

/// Binds a blob SQLite copies.
static inline int baocao_sqlite_bind_blob(const baocao_sqlite *lib, sqlite3_stmt *statement, int index, const void *bytes, int count) {
    return lib->bind_blob(statement, index, bytes, count, SQLITE_TRANSIENT);
}

/// Binds text SQLite reads where it lies until it is bound again (SQLITE_STATIC).
static inline int baocao_sqlite_bind_text_static(const baocao_sqlite *lib, sqlite3_stmt *statement, int index, const char *text, int bytes) {
    return lib->bind_text(statement, index, text, bytes, SQLITE_STATIC);
}

/// Binds a blob SQLite reads where it lies until it is bound again (SQLITE_STATIC).
static inline int baocao_sqlite_bind_blob_static(const baocao_sqlite *lib, sqlite3_stmt *statement, int index, const void *bytes, int count) {
    return lib->bind_blob(statement, index, bytes, count, SQLITE_STATIC);
}

#endif
