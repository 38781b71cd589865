<?php
namespace Acme\Report;

final class Setup
{
    public static function warmCache(): void {}
}
