// The slice of libedit that baocao's REPL uses, as plain C functions Swift can call.
//
// Why a shim: el_set, el_get and history are C variadic functions, which Swift
// does not import; and under Swift 6 the C globals stdin/stdout/stderr are
// rejected as not concurrency-safe. Each operation baocao needs is wrapped here.
#ifndef BAOCAO_CEDITLINE_SHIM_H
#define BAOCAO_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <locale.h>

// MARK: - Editor

/// What the editor carries for Swift: C callbacks cannot capture Swift state,
/// so the prompt and the Swift object live here, reached through EL_CLIENTDATA.
typedef struct {
    char *prompt;
    void *context;
} baocao_client;

/// Reads the prompt from the editor's client data, which Swift keeps alive.
static inline char *baocao_prompt_callback(EditLine *el) {
    baocao_client *client = NULL;
    el_get(el, EL_CLIENTDATA, &client);
    return client != NULL && client->prompt != NULL ? client->prompt : (char *)"";
}

/// A new editor on the process's standard streams, emacs key bindings,
/// libedit's own signal handling on, and the prompt read from client data.
static inline EditLine *baocao_el_init(const char *program) {
    EditLine *el = el_init(program, stdin, stdout, stderr);
    if (el == NULL) return NULL;
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_PROMPT, baocao_prompt_callback);
    return el;
}

/// Hands libedit the client data (prompt and Swift object); it must outlive the editor's use of it.
static inline void baocao_el_set_client(EditLine *el, baocao_client *client) {
    el_set(el, EL_CLIENTDATA, (void *)client);
}

/// The Swift object stored in the client data, for callbacks.
static inline void *baocao_el_context(EditLine *el) {
    baocao_client *client = NULL;
    el_get(el, EL_CLIENTDATA, &client);
    return client != NULL ? client->context : NULL;
}

typedef unsigned char (*baocao_key_function)(EditLine *, int);

/// Binds Tab to `function` (completion).
static inline void baocao_el_bind_tab(EditLine *el, baocao_key_function function) {
    el_set(el, EL_ADDFN, "baocao-complete", "Complete a name", function);
    el_set(el, EL_BIND, "^I", "baocao-complete", NULL);
}

/// The line being edited and the cursor, as byte offsets into it.
static inline const char *baocao_el_line(EditLine *el, int *cursor, int *length) {
    const LineInfo *info = el_line(el);
    *cursor = (int)(info->cursor - info->buffer);
    *length = (int)(info->lastchar - info->buffer);
    return info->buffer;
}

static inline int baocao_el_insert(EditLine *el, const char *text) { return el_insertstr(el, text); }

/// Connects the history: libedit takes the `history` function and the History it works on.
static inline void baocao_el_set_history(EditLine *el, History *hist) {
    el_set(el, EL_HIST, history, hist);
}

/// Reads one line; NULL with *count == -1 and errno == EINTR means Ctrl-C,
/// NULL with *count == 0 means end of input (Ctrl-D on an empty line).
static inline const char *baocao_el_gets(EditLine *el, int *count, int *error) {
    errno = 0;
    const char *line = el_gets(el, count);
    *error = errno;
    return line;
}

static inline void baocao_el_reset(EditLine *el) { el_reset(el); }

// MARK: - History

static inline History *baocao_history_init(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}

static inline int baocao_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int baocao_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int baocao_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
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
