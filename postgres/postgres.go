// Package postgres opens Gintonic's PostgreSQL database through gorm (pgx driver) and applies the
// versioned schema migrations embedded in migrations/.
package postgres

import (
	"context"
	"embed"
	"fmt"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	pgdriver "gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Open connects to url and waits (up to ctx) for the server to answer, so services started
// alongside the database do not fail on their first try.
func Open(ctx context.Context, url string) (*gorm.DB, error) {
	db, err := gorm.Open(pgdriver.Open(url), &gorm.Config{
		Logger:                 logger.Discard,
		SkipDefaultTransaction: true,
	})
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	sqlDB.SetMaxOpenConns(16)
	// database/sql keeps only 2 idle connections by default: under load every other query would
	// open a new one (a Postgres fork). Keep the whole pool warm.
	sqlDB.SetMaxIdleConns(16)
	sqlDB.SetConnMaxIdleTime(time.Minute)
	for {
		err = sqlDB.PingContext(ctx)
		if err == nil {
			return db, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("database at %s does not answer: %w", redact(url), err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Migrate applies every pending migration.
func Migrate(ctx context.Context, db *gorm.DB) error {
	sqlDB, err := db.DB()
	if err != nil {
		return err
	}
	// A session lock (pg_advisory_lock) serialises services that start together on an empty
	// database: the indexer and the API both migrate at start-up.
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	provider, err := goose.NewProvider(goose.DialectPostgres, sqlDB, mustSub(migrations, "migrations"), goose.WithSessionLocker(locker))
	if err != nil {
		return fmt.Errorf("load migrations: %w", err)
	}
	if _, err := provider.Up(ctx); err != nil {
		return fmt.Errorf("apply migrations: %w", err)
	}
	return nil
}
