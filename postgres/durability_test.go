package postgres

import (
	"context"
	"database/sql"
	"testing"
)

// TestClusterDurability: benchmark clusters (Durable) run with PostgreSQL's default durability;
// test clusters trade it for speed. A figure measured on the first is one a production server can
// reproduce.
func TestClusterDurability(t *testing.T) {
	for _, durable := range []bool{true, false} {
		c, err := StartClusterWith(ClusterOptions{Durable: durable})
		if err != nil {
			t.Fatal(err)
		}
		db, err := sql.Open("pgx", c.URL)
		if err != nil {
			t.Fatal(err)
		}
		want := map[bool]string{true: "on", false: "off"}[durable]
		for _, setting := range []string{"fsync", "synchronous_commit", "full_page_writes"} {
			var got string
			if err := db.QueryRowContext(context.Background(), "SHOW "+setting).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("durable=%v: %s = %s, want %s", durable, setting, got, want)
			}
		}
		db.Close()
		if c.Durable() != durable {
			t.Errorf("Durable() = %v", c.Durable())
		}
		if err := c.Remove(); err != nil {
			t.Fatal(err)
		}
	}
}
