<?php
namespace App;

final class Shop {}
