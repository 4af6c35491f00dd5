package hub

import (
	"fmt"
	"strings"
)

// Scheme prefixes a model reference: hf://<org>/<name>[@<revision>].
const Scheme = "hf://"

// DefaultRevision is the branch a reference without @<revision> names.
const DefaultRevision = "main"

// maxNameLen is the longest org or repository name the Hub accepts.
const maxNameLen = 96

// Ref names a model repository on the Hub and a revision of it: a branch, a tag or a commit.
type Ref struct {
	Repo     string // org/name
	Revision string // branch, tag or 40-hex commit; "" means DefaultRevision
}

// ParseRef parses hf://<org>/<name> or hf://<org>/<name>@<revision>. A revision of 40 hex
// digits is a commit, lower-cased so that the same commit always reads the same.
func ParseRef(s string) (Ref, error) {
	rest, ok := strings.CutPrefix(s, Scheme)
	if !ok {
		return Ref{}, fmt.Errorf("model %q: want hf://<org>/<name>[@<revision>]", s)
	}
	repo, rev, hasRev := strings.Cut(rest, "@")
	if org, name, ok := strings.Cut(repo, "/"); !ok || org == "" || name == "" || strings.Contains(name, "/") {
		return Ref{}, fmt.Errorf("model %q: want hf://<org>/<name>[@<revision>]", s)
	}
	if err := ValidateRepoID(repo); err != nil {
		return Ref{}, fmt.Errorf("model %q: %w", s, err)
	}
	if hasRev {
		if err := validateRevision(rev); err != nil {
			return Ref{}, fmt.Errorf("model %q: %w", s, err)
		}
		if isCommit(strings.ToLower(rev)) {
			rev = strings.ToLower(rev)
		}
	}
	return Ref{Repo: repo, Revision: rev}, nil
}

// String gives the reference back as hf://org/name@revision, without @ when Revision is empty.
func (r Ref) String() string {
	if r.Revision == "" {
		return Scheme + r.Repo
	}
	return Scheme + r.Repo + "@" + r.Revision
}

// Pinned says whether the revision is a commit (40 lower-case hex digits): the only kind of
// revision that names the same files tomorrow.
func (r Ref) Pinned() bool { return isCommit(r.Revision) }

// rev is the revision to ask the Hub for.
func (r Ref) rev() string {
	if r.Revision == "" {
		return DefaultRevision
	}
	return r.Revision
}

// ValidateRepoID checks a repository id the way the Hub does: <org>/<name>, each of letters,
// digits, '-', '_' and '.', neither starting nor ending with '-' or '.', no "--" or "..", at
// most 96 characters each.
func ValidateRepoID(id string) error {
	org, name, ok := strings.Cut(id, "/")
	if !ok || org == "" || name == "" || strings.Contains(name, "/") {
		return fmt.Errorf("repository %q: want <org>/<name>", id)
	}
	for _, part := range []string{org, name} {
		if len(part) > maxNameLen {
			return fmt.Errorf("repository %q: %q is longer than %d characters", id, part, maxNameLen)
		}
		for _, c := range part {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
				return fmt.Errorf("repository %q: %q is not allowed (letters, digits, '-', '_' and '.' are)", id, c)
			}
		}
		if strings.Contains(part, "--") || strings.Contains(part, "..") {
			return fmt.Errorf("repository %q: \"--\" and \"..\" are not allowed", id)
		}
		if strings.ContainsAny(part[:1], "-.") || strings.ContainsAny(part[len(part)-1:], "-.") {
			return fmt.Errorf("repository %q: %q must not start or end with '-' or '.'", id, part)
		}
	}
	if strings.HasSuffix(name, ".git") {
		return fmt.Errorf("repository %q: the name must not end with .git", id)
	}
	return nil
}

// validateRevision checks a branch, tag or commit with git's rules for ref names, enough to
// keep it a single, harmless URL path segment once escaped.
func validateRevision(rev string) error {
	switch {
	case rev == "":
		return fmt.Errorf("empty revision after '@': name a branch, a tag or a commit")
	case len(rev) > 255:
		return fmt.Errorf("revision %.32q…: longer than 255 characters", rev)
	case strings.Contains(rev, "..") || strings.Contains(rev, "//"):
		return fmt.Errorf("revision %q: \"..\" and \"//\" are not allowed", rev)
	case strings.HasPrefix(rev, "/") || strings.HasSuffix(rev, "/") || strings.HasSuffix(rev, ".") ||
		strings.HasPrefix(rev, "-") || strings.HasSuffix(rev, ".lock"):
		return fmt.Errorf("revision %q: not a valid branch, tag or commit name", rev)
	}
	for _, c := range rev {
		if c <= ' ' || c == 0x7f || strings.ContainsRune("~^:?*[\\@", c) {
			return fmt.Errorf("revision %q: %q is not allowed in a branch, tag or commit", rev, c)
		}
	}
	return nil
}

// isCommit says whether s is a full commit id: 40 lower-case hex digits.
func isCommit(s string) bool { return isHex(s, 40) }
