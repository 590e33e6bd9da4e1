#!/usr/bin/env python3
"""Checks the links of the Markdown documentation (README.md and docs/*.md), without network.

Every relative link [text](path) must name a file or folder of the repository, and every anchor
[text](path#anchor) or [text](#anchor) a heading of the target Markdown file, with GitHub's rule for
heading anchors (lower case; letters, marks, digits, '_', '-' and spaces kept, spaces become '-';
a repeated heading gets -1, -2…). Web addresses (http, https, mailto) are not fetched.
Links inside code blocks and inline code are ignored.

Usage: python3 .ci/doc-links.py [FILE.md ...]   (from any folder; exit status 1 when a link is broken)
"""
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LINK = re.compile(r'!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(([^()\s]+(?:\([^()]*\)[^()\s]*)*)(?:\s+"[^"]*")?\)')


def prose_lines(text):
    """(line number, line) outside fenced code blocks, with inline code removed."""
    fence = False
    for number, line in enumerate(text.split('\n'), 1):
        if line.lstrip().startswith('```'):
            fence = not fence
            continue
        if not fence:
            yield number, re.sub(r'`[^`]*`', '', line)


def slug(heading):
    text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', heading)  # a link in a heading: its text
    text = text.replace('`', '').strip().lower()
    kept = ''.join(c for c in text if c in ' -_' or unicodedata.category(c)[0] in 'LMN')
    return kept.replace(' ', '-')


def anchors(path, cache={}):
    if path not in cache:
        seen, result = {}, set()
        with open(path, encoding='utf-8') as f:
            text = f.read()
        fence = False
        for line in text.split('\n'):
            if line.lstrip().startswith('```'):
                fence = not fence
                continue
            match = None if fence else re.match(r'^#{1,6}\s+(.*?)\s*#*\s*$', line)
            if match:
                base = slug(match.group(1))
                count = seen.get(base, 0)
                seen[base] = count + 1
                result.add(base if count == 0 else f'{base}-{count}')
        for name in re.findall(r'<a\s+(?:name|id)="([^"]+)"', text):
            result.add(name)
        cache[path] = result
    return cache[path]


def check(path):
    errors = []
    with open(path, encoding='utf-8') as f:
        text = f.read()
    for number, line in prose_lines(text):
        for match in LINK.finditer(line):
            target = match.group(1)
            if re.match(r'^[a-z][a-z0-9+.-]*:', target):  # http:, https:, mailto:
                continue
            file_part, _, anchor = target.partition('#')
            resolved = os.path.normpath(os.path.join(os.path.dirname(path), file_part)) if file_part else path
            where = f'{os.path.relpath(path, ROOT)}:{number}: {target}'
            if not os.path.exists(resolved):
                errors.append(f'{where}: no such file {os.path.relpath(resolved, ROOT)}')
            elif anchor:
                if not resolved.endswith('.md'):
                    errors.append(f'{where}: anchor on a file that is not Markdown')
                elif anchor not in anchors(resolved):
                    errors.append(f'{where}: no heading with anchor #{anchor} in {os.path.relpath(resolved, ROOT)}')
    return errors


def main(arguments):
    files = [os.path.abspath(a) for a in arguments]
    if not files:
        files = [os.path.join(ROOT, 'README.md')]
        docs = os.path.join(ROOT, 'docs')
        if os.path.isdir(docs):
            files += sorted(os.path.join(docs, n) for n in os.listdir(docs) if n.endswith('.md'))
    errors = [e for f in files for e in check(f)]
    for e in errors:
        print(e)
    count = sum(1 for f in files for _ in prose_lines(open(f, encoding='utf-8').read()))
    print(f'{len(files)} files, {count} lines checked, {len(errors)} broken links')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
