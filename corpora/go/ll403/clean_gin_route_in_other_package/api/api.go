package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

func Health(c *gin.Context) {
	c.String(http.StatusOK, "ok")
}

// Soak is for a local load-test tool only; no route names it.
func Soak(d time.Duration) {
	time.Sleep(d)
}
