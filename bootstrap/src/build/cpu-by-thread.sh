#!/usr/bin/env bash
# Splits a `perf record -a` of one bot-load line by who spent the CPU, from the threads' names:
# the bot's parts, the HTTP client they share with the echo bot, the Bot API stand-in, the driver's
# users, PostgreSQL, the JVM's own threads, and idle. Shares are of both cores over the recording.
#
#   perf record -a -g -o /tmp/line.data -- sleep 8     # while a line runs its last warm-up rounds
#   bootstrap/src/build/cpu-by-thread.sh /tmp/line.data
set -euo pipefail
data=${1:?usage: cpu-by-thread.sh PERF_DATA}
perf report -i "$data" --sort comm --no-children --stdio -g none 2>/dev/null \
  | grep -v '^#' | grep '%' \
  | awk '{
      share = $1; sub("%", "", share); $1 = ""; thread = $0; who = "other"
      if (thread ~ /postgres/) who = "postgresql"
      else if (thread ~ /kalenner-update/) who = "bot: update workers"
      else if (thread ~ /pollin/) who = "bot: polling"
      else if (thread ~ /kalenner-notifi/) who = "bot: notifications"
      else if (thread ~ /OkHttp|Okio/) who = "bot: HTTP client (OkHttp)"
      else if (thread ~ /HTTP-Dispatcher|botapi/) who = "stand-in"
      else if (thread ~ /load-user/) who = "driver"
      else if (thread ~ /Compiler|GC Thread|VM Thread/) who = "JIT and GC"
      else if (thread ~ /swapper/) who = "idle"
      total[who] += share
    } END { for (who in total) printf "%6.2f %%  %s\n", total[who], who }' \
  | sort -nr
