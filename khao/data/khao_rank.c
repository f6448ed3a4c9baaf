/* khao_rank: BM25 of a one-phrase full-text query without its IDF factor (issue 15).
 *
 * FTS5's bm25() computes, once per statement, each phrase's document frequency by running
 * the phrase once more over the whole index (as long as the match itself: ~40 ms for a
 * common Thai word at 100,000 articles), and reads each match's size with a statement of
 * its own (~1 µs a match). For a query of one phrase the IDF is the same for every match:
 * it scales every score and changes no order. This function returns
 *
 *   -(f (k1 + 1)) / (f + k1 (1 - b + b D / avgdl)),  k1 = 1.2, b = 0.75
 *
 * as bm25() does with its default weights (f: the phrase's hits in the row, D: the row's
 * size in tokens, avgdl: the mean size), divided by that IDF. Its optional argument is the
 * row's `%_docsize.sz` blob, read by the calling statement's own join (much cheaper than
 * FTS5's lookup); without it, FTS5 reads the size.
 *
 * Loaded by khao/rank.py as an SQLite auto-extension: it registers itself on every
 * connection the process opens afterwards, with the API the calling SQLite passes it.
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

typedef struct {
  double avgdl;
} KhaoRankData;

/* the mean row size in tokens, once per statement */
static KhaoRankData *rankData(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc) {
  KhaoRankData *data = (KhaoRankData *)api->xGetAuxdata(fts, 0);
  if (data) return data;
  sqlite3_int64 rows = 0, tokens = 0;
  data = (KhaoRankData *)sqlite3_malloc(sizeof(KhaoRankData));
  if (data == 0) {
    *rc = SQLITE_NOMEM;
    return 0;
  }
  *rc = api->xRowCount(fts, &rows);
  if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(fts, -1, &tokens);
  data->avgdl = rows > 0 && tokens > 0 ? (double)tokens / (double)rows : 1.0;
  if (*rc != SQLITE_OK) {
    sqlite3_free(data);
    return 0;
  }
  *rc = api->xSetAuxdata(fts, data, sqlite3_free); /* frees data on failure */
  return *rc == SQLITE_OK ? data : 0;
}

/* the sum of the varints of an FTS5 %_docsize.sz blob (one per column) */
static int docsizeTokens(const unsigned char *blob, int bytes) {
  sqlite3_int64 total = 0, value = 0;
  int used = 0;
  for (int i = 0; i < bytes; i++) {
    if (used == 8) { /* a ninth byte holds 8 bits */
      total += (value << 8) | blob[i];
      value = 0;
      used = 0;
      continue;
    }
    value = (value << 7) | (blob[i] & 0x7f);
    used++;
    if (!(blob[i] & 0x80)) {
      total += value;
      value = 0;
      used = 0;
    }
  }
  return (int)total;
}

static void khaoRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                     int argc, sqlite3_value **argv) {
  const double k1 = 1.2, b = 0.75;
  int rc = SQLITE_OK;
  KhaoRankData *data = rankData(api, fts, &rc);
  int hits = 0, tokens = 0;
  if (rc == SQLITE_OK) rc = api->xInstCount(fts, &hits);
  if (rc == SQLITE_OK) {
    if (argc > 0 && sqlite3_value_type(argv[0]) == SQLITE_BLOB) {
      tokens = docsizeTokens((const unsigned char *)sqlite3_value_blob(argv[0]),
                             sqlite3_value_bytes(argv[0]));
    } else {
      rc = api->xColumnSize(fts, -1, &tokens);
    }
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  double f = (double)hits;
  sqlite3_result_double(
      ctx, -(f * (k1 + 1.0)) / (f + k1 * (1.0 - b + b * (double)tokens / data->avgdl)));
}

/* SELECT khao_rank_ready(): 1 on a connection where khao_rank() exists */
static void khaoRankReady(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_int(ctx, 1);
}

int khao_rank_init(sqlite3 *db, char **error, const sqlite3_api_routines *routines) {
  (void)error;
  if (routines == 0) return SQLITE_OK; /* an SQLite without extension support: no function */
  SQLITE_EXTENSION_INIT2(routines);
  fts5_api *fts5 = 0;
  sqlite3_stmt *statement = 0;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, 0) != SQLITE_OK) {
    sqlite3_finalize(statement);
    return SQLITE_OK; /* no FTS5: nothing to rank */
  }
  sqlite3_bind_pointer(statement, 1, (void *)&fts5, "fts5_api_ptr", 0);
  sqlite3_step(statement);
  sqlite3_finalize(statement);
  if (fts5 == 0 || fts5->iVersion < 2) return SQLITE_OK;
  if (fts5->xCreateFunction(fts5, "khao_rank", 0, khaoRank, 0) != SQLITE_OK) return SQLITE_OK;
  sqlite3_create_function(db, "khao_rank_ready", 0, SQLITE_UTF8 | SQLITE_DETERMINISTIC, 0,
                          khaoRankReady, 0, 0);
  return SQLITE_OK;
}
