#!/usr/bin/env zsh
# What TAB completes for a command line in a real interactive zsh, one `MATCH:<word>:<description>`
# line per match. The interactive shell runs in a pseudo-terminal (zsh/zpty); a compadd wrapper
# prints each match the completion system adds, and the shell exits after the first completion.
#
# Usage: zsh -f zsh-complete.zsh SETUP LINE
#   SETUP  zsh code the interactive shell runs first (fpath and compinit, or `source file`)
#   LINE   what is typed before TAB, e.g. 'xeroctl ap'
setup=$1 line=$2
zmodload zsh/zpty || exit 3
zpty z zsh -f -i
zpty -w z "stty -echo; PROMPT='' RPROMPT=''"
zpty -w z "$setup"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false; bindkey '^I' complete-word"
# Calls that only compute (-O, -A, -D) go through untouched; the others print each match they add,
# on a line of its own (zle may have left the cursor after the typed text).
zpty -w z 'compadd() {
  local -a __args __hits __dscr
  local __i __d
  __args=( "$@" )
  for (( __i = 1; __i <= $#__args; __i++ )); do
    case ${__args[__i]} in
      -O|-A|-D) builtin compadd "$@"; return ;;
      -d) __d=${__args[__i+1]} ;;
      --) break ;;
    esac
  done
  if [[ -n $__d ]]; then
    if [[ $__d == \(* ]]; then eval "__dscr=$__d"; else __dscr=( "${(@P)__d}" ); fi
  fi
  builtin compadd -A __hits -D __dscr "$@"
  for (( __i = 1; __i <= $#__hits; __i++ )); do print; print -r -- "MA""TCH:${__hits[__i]}:${__dscr[__i]}"; done
}'
# The markers are split in what is typed, so an echo of the typed text never matches them.
zpty -w z '__completion_done() { print -r -- "COMPLETION""-END"; exit }; comppostfuncs=( __completion_done )'
zpty -w z "$line"$'\t'
integer deadline=$(( SECONDS + 20 ))
local out buffer
while (( SECONDS < deadline )); do
  if zpty -rt z out; then
    buffer+=$out
    if [[ $buffer == *COMPLETION-END* ]]; then
      zpty -d z
      # zle moves with carriage returns: they end lines as much as newlines do.
      local cr=$'\r' nl=$'\n'
      for out in "${(@f)${buffer//$cr/$nl}}"; do [[ $out == MATCH:* ]] && print -r -- "$out"; done
      exit 0
    fi
  else
    sleep 0.05
  fi
done
zpty -d z
print -u2 "zsh-complete: no completion within 20 s"
exit 2
