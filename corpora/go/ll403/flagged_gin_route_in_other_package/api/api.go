package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// CreateReport waits for a downstream system to settle before answering.
func CreateReport(c *gin.Context) {
	time.Sleep(3 * time.Second) // expect: LL403
	c.JSON(http.StatusAccepted, gin.H{"status": "queued"})
}
