// The slice of libedit that baocao's REPL uses, as plain C functions Swift can call.
//
// Why a shim: el_set, el_get and history are C variadic functions, which Swift
// does not import; and under Swift 6 the C globals stdin/stdout/stderr are
// rejected as not concurrency-safe. Each operation baocao needs is wrapped here.
//
// libedit is opened with dlopen when the REPL starts, not linked: a one-shot
// query or a script never edits a line, and loading libedit with the libraries
// it needs (libtinfo, libbsd, libmd) was a tenth of a one-shot query's start.
// Every wrapper takes the functions `baocao_editline_open` found.
#ifndef BAOCAO_CEDITLINE_SHIM_H
#define BAOCAO_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <locale.h>
#include <dlfcn.h>

// MARK: - The library

/// The libedit functions baocao calls, found in the library at run time.
typedef struct {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    const LineInfo *(*el_line)(EditLine *);
    int (*el_insertstr)(EditLine *, const char *);
    const char *(*el_gets)(EditLine *, int *);
    void (*el_reset)(EditLine *);
    History *(*history_init)(void);
    void (*history_end)(History *);
    int (*history)(History *, HistEvent *, int, ...);
    int (*el_source)(EditLine *, const char *);
    void (*el_deletestr)(EditLine *, int);
} baocao_editline;

/// Opens libedit and fills `lib`; 0 on success, -1 if the library or one of
/// its functions cannot be found.
static inline int baocao_editline_open(baocao_editline *lib) {
    const char *names[] = {"libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib"};
    void *handle = NULL;
    for (unsigned i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) return -1;
    lib->el_init = (EditLine *(*)(const char *, FILE *, FILE *, FILE *))dlsym(handle, "el_init");
    lib->el_end = (void (*)(EditLine *))dlsym(handle, "el_end");
    lib->el_set = (int (*)(EditLine *, int, ...))dlsym(handle, "el_set");
    lib->el_get = (int (*)(EditLine *, int, ...))dlsym(handle, "el_get");
    lib->el_line = (const LineInfo *(*)(EditLine *))dlsym(handle, "el_line");
    lib->el_insertstr = (int (*)(EditLine *, const char *))dlsym(handle, "el_insertstr");
    lib->el_gets = (const char *(*)(EditLine *, int *))dlsym(handle, "el_gets");
    lib->el_reset = (void (*)(EditLine *))dlsym(handle, "el_reset");
    lib->history_init = (History *(*)(void))dlsym(handle, "history_init");
    lib->history_end = (void (*)(History *))dlsym(handle, "history_end");
    lib->history = (int (*)(History *, HistEvent *, int, ...))dlsym(handle, "history");
    lib->el_source = (int (*)(EditLine *, const char *))dlsym(handle, "el_source");
    lib->el_deletestr = (void (*)(EditLine *, int))dlsym(handle, "el_deletestr");
    if (!lib->el_init || !lib->el_end || !lib->el_set || !lib->el_get || !lib->el_line || !lib->el_insertstr
        || !lib->el_gets || !lib->el_reset || !lib->history_init || !lib->history_end || !lib->history
        || !lib->el_source || !lib->el_deletestr) return -1;
    return 0;
}

// MARK: - Editor

/// What the editor carries for Swift: C callbacks cannot capture Swift state,
/// so the prompt and the Swift object live here, reached through EL_CLIENTDATA.
typedef struct {
    char *prompt;
    void *context;
} baocao_client;

/// The prompt in the editor's client data, which Swift keeps alive; for the
/// prompt callback (a Swift function: libedit calls it with the editor alone).
static inline char *baocao_el_prompt(const baocao_editline *lib, EditLine *el) {
    baocao_client *client = NULL;
    lib->el_get(el, EL_CLIENTDATA, &client);
    return client != NULL && client->prompt != NULL ? client->prompt : (char *)"";
}

typedef char *(*baocao_prompt_function)(EditLine *);

/// A new editor on the process's standard streams, emacs key bindings,
/// libedit's own signal handling on, and the prompt from `prompt`.
static inline EditLine *baocao_el_init(const baocao_editline *lib, const char *program, baocao_prompt_function prompt) {
    EditLine *el = lib->el_init(program, stdin, stdout, stderr);
    if (el == NULL) return NULL;
    lib->el_set(el, EL_EDITOR, "emacs");
    lib->el_set(el, EL_SIGNAL, 1);
    lib->el_set(el, EL_PROMPT, prompt);
    return el;
}

/// Hands libedit the client data (prompt and Swift object); it must outlive the editor's use of it.
static inline void baocao_el_set_client(const baocao_editline *lib, EditLine *el, baocao_client *client) {
    lib->el_set(el, EL_CLIENTDATA, (void *)client);
}

/// The Swift object stored in the client data, for callbacks.
static inline void *baocao_el_context(const baocao_editline *lib, EditLine *el) {
    baocao_client *client = NULL;
    lib->el_get(el, EL_CLIENTDATA, &client);
    return client != NULL ? client->context : NULL;
}

typedef unsigned char (*baocao_key_function)(EditLine *, int);

/// The keys readline users expect, which libedit's emacs bindings leave out
/// (unbound, Ctrl-Left typed `5D` into the line): word moves with Ctrl or Alt
/// and the arrows, Home and End as terminals send them, Delete, and
/// Alt-Backspace to delete the word before the cursor.
static inline void baocao_el_bind_keys(const baocao_editline *lib, EditLine *el) {
    static const char *const bindings[][2] = {
        {"\033[1;5D", "ed-prev-word"}, {"\033[1;5C", "em-next-word"},
        {"\033[1;3D", "ed-prev-word"}, {"\033[1;3C", "em-next-word"},
        {"\033[5D", "ed-prev-word"}, {"\033[5C", "em-next-word"},
        {"\033\033[D", "ed-prev-word"}, {"\033\033[C", "em-next-word"},
        {"\033[H", "ed-move-to-beg"}, {"\033[F", "ed-move-to-end"},
        {"\033OH", "ed-move-to-beg"}, {"\033OF", "ed-move-to-end"},
        {"\033[1~", "ed-move-to-beg"}, {"\033[4~", "ed-move-to-end"},
        {"\033[7~", "ed-move-to-beg"}, {"\033[8~", "ed-move-to-end"},
        {"\033[3~", "ed-delete-next-char"},
        {"\033\177", "ed-delete-prev-word"}, {"\033\010", "ed-delete-prev-word"},
    };
    for (unsigned i = 0; i < sizeof bindings / sizeof bindings[0]; i++) {
        lib->el_set(el, EL_BIND, bindings[i][0], bindings[i][1], NULL);
    }
}

/// Reads the user's bindings, `$EDITRC` or `~/.editrc` (lines may start with
/// `baocao:` to apply to baocao alone), after baocao's own so that they win.
static inline void baocao_el_source_editrc(const baocao_editline *lib, EditLine *el) {
    lib->el_source(el, NULL);
}

/// Binds Tab to `function` (completion).
static inline void baocao_el_bind_tab(const baocao_editline *lib, EditLine *el, baocao_key_function function) {
    lib->el_set(el, EL_ADDFN, "baocao-complete", "Complete a name", function);
    lib->el_set(el, EL_BIND, "^I", "baocao-complete", NULL);
}

/// The line being edited and the cursor, as byte offsets into it.
static inline const char *baocao_el_line(const baocao_editline *lib, EditLine *el, int *cursor, int *length) {
    const LineInfo *info = lib->el_line(el);
    *cursor = (int)(info->cursor - info->buffer);
    *length = (int)(info->lastchar - info->buffer);
    return info->buffer;
}

static inline int baocao_el_insert(const baocao_editline *lib, EditLine *el, const char *text) { return lib->el_insertstr(el, text); }

/// Deletes `count` characters before the cursor (a word a completion replaces).
static inline void baocao_el_delete(const baocao_editline *lib, EditLine *el, int count) { lib->el_deletestr(el, count); }

/// Connects the history: libedit takes the `history` function and the History it works on.
static inline void baocao_el_set_history(const baocao_editline *lib, EditLine *el, History *hist) {
    lib->el_set(el, EL_HIST, lib->history, hist);
}

/// Reads one line; NULL with *count == -1 and errno == EINTR means Ctrl-C,
/// NULL with *count == 0 means end of input (Ctrl-D on an empty line).
static inline const char *baocao_el_gets(const baocao_editline *lib, EditLine *el, int *count, int *error) {
    errno = 0;
    const char *line = lib->el_gets(el, count);
    *error = errno;
    return line;
}

static inline void baocao_el_reset(const baocao_editline *lib, EditLine *el) { lib->el_reset(el); }

static inline void baocao_el_end(const baocao_editline *lib, EditLine *el) { lib->el_end(el); }

static inline void baocao_history_end(const baocao_editline *lib, History *h) { lib->history_end(h); }

// MARK: - History

static inline History *baocao_history_init(const baocao_editline *lib, int size) {
    History *h = lib->history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    lib->history(h, &ev, H_SETSIZE, size);
    lib->history(h, &ev, H_SETUNIQUE, 1);
    return h;
}

static inline int baocao_history_enter(const baocao_editline *lib, History *h, const char *line) {
    HistEvent ev;
    return lib->history(h, &ev, H_ENTER, line);
}

static inline int baocao_history_load(const baocao_editline *lib, History *h, const char *path) {
    HistEvent ev;
    return lib->history(h, &ev, H_LOAD, path);
}

static inline int baocao_history_save(const baocao_editline *lib, History *h, const char *path) {
    HistEvent ev;
    return lib->history(h, &ev, H_SAVE, path);
}

// MARK: - Locale

/// libedit drops every non-ASCII byte in the "C" locale: use the user's, or C.UTF-8.
static inline void baocao_set_utf8_locale(void) {
    const char *chosen = setlocale(LC_CTYPE, "");
    if (chosen == NULL || strcmp(chosen, "C") == 0 || strcmp(chosen, "POSIX") == 0) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}

#endif
