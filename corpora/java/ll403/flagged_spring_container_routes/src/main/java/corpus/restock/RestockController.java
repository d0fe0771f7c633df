package corpus.restock;

import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/restock")
public class RestockController {
    private final RestockService service;

    public RestockController(RestockService service) { this.service = service; }

    @PostMapping("/{sku}")
    public String restock(@PathVariable String sku) throws InterruptedException {
        Thread.sleep(500); // expect: LL403
        return service.order(sku);
    }

    @GetMapping
    public String status() {
        return "ok";
    }
}
