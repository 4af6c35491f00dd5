package pgtest

import (
	"context"
	"testing"

	"gorm.io/gorm"

	"github.com/gintonic/gintonic/postgres"
)

// Migrated creates a fresh database with every migration applied and returns it open, with its
// URL; the connection closes when the test ends.
func Migrated(t testing.TB) (*gorm.DB, string) {
	t.Helper()
	url := NewDB(t)
	db, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if s, err := db.DB(); err == nil {
			s.Close()
		}
	})
	if err := postgres.Migrate(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	return db, url
}
