/* width.h — how many terminal columns a character takes, for carets under source lines. */
#ifndef LL_WIDTH_H
#define LL_WIDTH_H

#include <stddef.h>
#include <stdint.h>

/* 0 for combining marks and zero-width characters, 2 for East Asian wide and fullwidth characters
 * and emoji, else 1 (the terminal's view, as wcwidth() has it in a UTF-8 locale, without needing
 * one). */
int ll_char_width(uint32_t code_point);

/* The code point of the UTF-8 sequence of `n` bytes at `s` (n from ll_utf8_sequence, 1–4). */
uint32_t ll_utf8_decode(const unsigned char *s, size_t n);

#endif
